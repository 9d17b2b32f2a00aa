package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.user.UserId;

import java.time.Instant;

/**
 * What happens to a user's attendance when their last socket in a call room drops without a {@code video:leave-room}.
 * The reconnect grace of SPEC §6.4 ({@link GraceOnDisconnect}): the drop is recorded only if the user does not
 * rejoin the room within {@code coup.signaling.reconnect-grace}, and then at the instant it happened.
 */
interface DisconnectHandling {

    /**
     * @param call the call the dropped socket was in
     * @param user whose last socket in that room dropped
     * @param droppedAt when the disconnect was seen (the service clock at the drop)
     */
    void lastSocketDropped(CallMembership call, UserId user, Instant droppedAt);

    /** The user is joining the room again (before the join is recorded): a drop still waiting is forgotten. */
    void rejoining(CallMembership call, UserId user);
}
