package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is connected to which call room on this node: one entry per live connection, counted per distinct
 * person, so two tabs of one user count once. The Socket.IO handlers report connections here; a multi-node
 * store replaces it when rooms are shared through Redis.
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
}
