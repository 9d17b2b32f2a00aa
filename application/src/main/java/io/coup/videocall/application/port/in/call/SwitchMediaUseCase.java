package io.coup.videocall.application.port.in.call;

/**
 * A participant present in the call mutes or unmutes, turns video off or on, starts or stops sharing their screen;
 * the time each state holds is accounted. Switching to the state already held changes nothing.
 */
public interface SwitchMediaUseCase {

    MediaStateView switchMedia(SwitchMediaCommand command);
}
