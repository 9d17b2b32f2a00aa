package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is connected to which call room on this node: one entry per live connection, counted per distinct
 * person, so two tabs of one user count once. The Socket.IO handlers report connections here. With
 * {@code coup.signaling.store=redis} {@link RedisCallRooms} takes its place and is {@link #clusterWide()}: it also
 * answers which room a socket of any node is in and who is in a room, for relays and room-state.
 */
public class SignalingPresenceRegistry implements CallPresencePort {

    private final Map<RoomId, Map<UserId, Set<String>>> rooms = new ConcurrentHashMap<>();

    public void connected(RoomId room, UserId user, String connectionId) {
        rooms.computeIfAbsent(room, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet())
                .add(connectionId);
    }

    public void disconnected(RoomId room, UserId user, String connectionId) {
        rooms.computeIfPresent(room, (r, users) -> {
            users.computeIfPresent(user, (u, connections) -> {
                connections.remove(connectionId);
                return connections.isEmpty() ? null : connections;
            });
            return users.isEmpty() ? null : users;
        });
    }

    @Override
    public int onlineCount(RoomId room) {
        Map<UserId, Set<String>> users = rooms.get(room);
        return users == null ? 0 : users.size();
    }

    /** Whether the user has a connection in the room (cluster-wide once {@link #clusterWide()}). */
    public boolean connectedTo(RoomId room, UserId user) {
        Map<UserId, Set<String>> users = rooms.get(room);
        return users != null && users.containsKey(user);
    }

    /**
     * Whether {@link #participants}, {@link #connections} and {@link #roomOf} see every node; this node-local registry
     * does not answer them.
     */
    public boolean clusterWide() {
        return false;
    }

    /**
     * The room-state entry of a socket in {@code room} (its user and media flags) and the media connection it is;
     * kept only when cluster-wide.
     */
    public void describe(RoomId room, String socketId, Map<String, Object> participant, LiveConnection connection) {
        // node-local: the handlers' own socket table describes the participants
    }

    /** The room-state entries of every socket in the room, on every node (cluster-wide only). */
    public List<Map<String, Object>> participants(RoomId room) {
        return List.of();
    }

    /** The media connections of every socket in the room, on every node (cluster-wide only). */
    public List<LiveConnection> connections(RoomId room) {
        return List.of();
    }

    /** The call room a connection of any node is in (cluster-wide only). */
    public Optional<RoomId> roomOf(String connectionId) {
        return Optional.empty();
    }
}
