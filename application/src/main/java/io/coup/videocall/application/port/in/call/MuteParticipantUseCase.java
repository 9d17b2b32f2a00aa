package io.coup.videocall.application.port.in.call;

/**
 * A moderator asks a participant's clients to mute themselves. Nothing changes on the server: the client mutes and
 * reports it with its usual toggle, which accounts the muted time.
 */
public interface MuteParticipantUseCase {

    void mute(ModerateParticipantCommand command);
}
