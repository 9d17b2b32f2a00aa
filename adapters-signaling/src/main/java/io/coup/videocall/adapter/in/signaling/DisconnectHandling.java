package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.user.UserId;

import java.time.Instant;

/**
 * What happens to a user's attendance when their last socket in a call room drops without a {@code video:leave-room}.
 * Today: they leave at once, at the disconnect instant, with reason DISCONNECTED. The reconnect grace of SPEC §6.4 ({@code coup.signaling.reconnect-grace}) replaces
 * this with an implementation that waits and lets a rejoin within the grace keep the segment open, and otherwise
 * records the drop at {@code droppedAt} through the same use case.
 */
interface DisconnectHandling {

    /**
     * @param call the call the dropped socket was in
     * @param user whose last socket in that room dropped
     * @param droppedAt when the disconnect was seen
     */
    void lastSocketDropped(CallMembership call, UserId user, Instant droppedAt);
}
