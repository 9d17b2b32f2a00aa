package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The authenticated sockets of this node and the call room each is in. A socket is here only after its token was
 * accepted: anything not here is refused before a handler runs. Relays consult it to deliver only within one
 * room; a cluster-wide store replaces the room lookup when rooms are shared through Redis.
 */
class ConnectedSockets {

    /**
     * One socket's state; media flags are what it last reported, for the room state of later joiners.
     *
     * @param connectedAt when its handshake was accepted
     */
    record Entry(UUID socketId, SocketUser user, CallMembership call, boolean muted, boolean videoOff, boolean sharing,
                 Instant connectedAt) {

        Entry inCall(CallMembership membership, boolean isMuted, boolean isVideoOff) {
            return new Entry(socketId, user, membership, isMuted, isVideoOff, false, connectedAt);
        }

        Entry outOfCall() {
            return new Entry(socketId, user, null, false, false, false, connectedAt);
        }

        /** A ticket socket is its ticket's connection; any other socket is a connection of its own. */
        String connectionId() {
            return user.hasTicket() ? user.ticket().id() : socketId.toString();
        }

        /** This socket as a mesh media connection: issued with its ticket (or at its handshake), active since then. */
        LiveConnection asConnection() {
            return new LiveConnection(connectionId(), UserId.of(user.id()), true,
                    user.hasTicket() ? user.ticket().issuedAt() : connectedAt, connectedAt);
        }
    }

    private final Map<UUID, Entry> sockets = new ConcurrentHashMap<>();

    void authenticated(UUID socketId, SocketUser user, Instant connectedAt) {
        sockets.put(socketId, new Entry(socketId, user, null, false, false, false, connectedAt));
    }

    Optional<Entry> get(UUID socketId) {
        return Optional.ofNullable(sockets.get(socketId));
    }

    Optional<Entry> remove(UUID socketId) {
        return Optional.ofNullable(sockets.remove(socketId));
    }

    Entry joined(UUID socketId, CallMembership call, boolean isMuted, boolean isVideoOff) {
        return sockets.computeIfPresent(socketId, (id, e) -> e.inCall(call, isMuted, isVideoOff));
    }

    /** Takes the socket out of its call; returns the call it was in. */
    Optional<CallMembership> left(UUID socketId) {
        Entry before = sockets.get(socketId);
        if (before == null || before.call() == null) {
            return Optional.empty();
        }
        sockets.computeIfPresent(socketId, (id, e) -> e.outOfCall());
        return Optional.of(before.call());
    }

    void media(UUID socketId, Boolean muted, Boolean videoOff, Boolean sharing) {
        sockets.computeIfPresent(socketId, (id, e) -> new Entry(id, e.user(), e.call(),
                muted == null ? e.muted() : muted, videoOff == null ? e.videoOff() : videoOff,
                sharing == null ? e.sharing() : sharing, e.connectedAt()));
    }

    /** The sockets in the room, oldest connection order not guaranteed. */
    List<Entry> inRoom(RoomId room) {
        return sockets.values().stream().filter(e -> e.call() != null && e.call().roomId().equals(room)).toList();
    }

    /** The sockets in any call room. */
    List<Entry> inCalls() {
        return sockets.values().stream().filter(e -> e.call() != null).toList();
    }

    /** Every socket of this node, in or out of a call. */
    Collection<Entry> all() {
        return List.copyOf(sockets.values());
    }

    /** Sockets per call room, for the operational endpoints and gauges. */
    Map<RoomId, Long> roomSizes() {
        return sockets.values().stream().filter(e -> e.call() != null)
                .collect(Collectors.groupingBy(e -> e.call().roomId(), Collectors.counting()));
    }

    int size() {
        return sockets.size();
    }
}
