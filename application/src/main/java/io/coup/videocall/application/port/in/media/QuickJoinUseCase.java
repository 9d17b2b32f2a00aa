package io.coup.videocall.application.port.in.media;

/**
 * One call to be in a study's call with a media token: finds the call in progress (or the one named), starts one if
 * there is none and the caller allows it, joins, connects. All or nothing.
 */
public interface QuickJoinUseCase {

    QuickJoinView quickJoin(QuickJoinCommand command);
}
