package io.coup.videocall.application.port.in.call;

/**
 * A moderator removes a participant from a call: their segment closes as KICKED and they cannot rejoin that call.
 * Kicking the last person present ends the call.
 */
public interface KickParticipantUseCase {

    void kick(ModerateParticipantCommand command);
}
