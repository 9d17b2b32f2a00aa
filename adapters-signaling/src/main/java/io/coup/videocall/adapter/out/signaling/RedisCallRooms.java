package io.coup.videocall.adapter.out.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.user.UserId;
import org.redisson.api.RMapCache;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The call rooms of every node, in Redis ({@code coup.signaling.store=redis}, SPEC §6.1): {@code onlineCount},
 * the room-state a joiner gets, the "same room" check of relays and the end of a reconnect grace ("is the user back
 * in the room?") see the sockets of all nodes.
 * <p>
 * The media connection each socket is (for the advanced status and for cutting it) is listed from here too.
 * <p>
 * Keys (prefix {@code coup.signaling.redis.key-prefix}): {@code <prefix>room:<roomId>}, a hash socketId →
 * {@code {"participant": {socketId, userId, user, isMuted, isVideoOff, isSharing}, "connection": {connectionId,
 * userId, createdAt, activeAt}}}, and {@code <prefix>socket-rooms}, a hash socketId → roomId. Every field has a TTL ({@code entry-ttl}) that this node renews for its own
 * connections every third of it: a node that crashes leaves entries behind for at most one TTL. A node that shuts
 * down removes its own entries.
 */
public class RedisCallRooms extends SignalingPresenceRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisCallRooms.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A socket's entry: what room-state shows of it, and the media connection it is. */
    private record Entry(Map<String, Object> participant, Connection connection) {
    }

    /** {@link LiveConnection} as stored, instants in ISO-8601; a socket in a room is always an active connection. */
    private record Connection(String connectionId, String userId, String createdAt, String activeAt) {

        static Connection of(LiveConnection c) {
            return new Connection(c.connectionId(), c.userId().value(), c.createdAt().toString(),
                    c.activeAt() == null ? null : c.activeAt().toString());
        }

        LiveConnection live() {
            return new LiveConnection(connectionId, UserId.of(userId), true, Instant.parse(createdAt),
                    activeAt == null ? null : Instant.parse(activeAt));
        }
    }

    private record Local(RoomId room, String json) {
    }

    private final RedissonClient redis;
    private final String prefix;
    private final Duration ttl;
    private final Map<String, Local> local = new ConcurrentHashMap<>();
    private final RenewalHeartbeat heartbeat;

    public RedisCallRooms(RedissonClient redis, String keyPrefix, Duration entryTtl) {
        this.redis = Objects.requireNonNull(redis);
        this.prefix = Objects.requireNonNull(keyPrefix);
        this.ttl = Objects.requireNonNull(entryTtl);
        this.heartbeat = new RenewalHeartbeat("signaling-redis-heartbeat", ttl, this::renew);
    }

    private RMapCache<String, String> room(RoomId room) {
        return redis.getMapCache(prefix + "room:" + room.value(), StringCodec.INSTANCE);
    }

    private RMapCache<String, String> socketRooms() {
        return redis.getMapCache(prefix + "socket-rooms", StringCodec.INSTANCE);
    }

    @Override
    public boolean clusterWide() {
        return true;
    }

    @Override
    public void describe(RoomId room, String socketId, Map<String, Object> participant, LiveConnection connection) {
        String json = write(new Entry(participant, Connection.of(connection)));
        local.put(socketId, new Local(room, json));
        put(socketId, room, json);
    }

    private void put(String connectionId, RoomId room, String json) {
        room(room).fastPut(connectionId, json, ttl.toMillis(), TimeUnit.MILLISECONDS);
        socketRooms().fastPut(connectionId, room.value(), ttl.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void disconnected(RoomId room, UserId user, String connectionId) {
        super.disconnected(room, user, connectionId);
        local.remove(connectionId);
        room(room).fastRemove(connectionId);
        socketRooms().remove(connectionId, room.value());
    }

    @Override
    public int onlineCount(RoomId room) {
        return (int) participants(room).stream().map(p -> p.get("userId")).filter(Objects::nonNull).distinct().count();
    }

    /** Any node's connection counts: a user who dropped on one node and rejoined on another is still there. */
    @Override
    public boolean connectedTo(RoomId room, UserId user) {
        return participants(room).stream().anyMatch(p -> user.value().equals(p.get("userId")));
    }

    @Override
    public List<Map<String, Object>> participants(RoomId room) {
        return entries(room).stream().map(Entry::participant).toList();
    }

    @Override
    public List<LiveConnection> connections(RoomId room) {
        return entries(room).stream().map(e -> e.connection().live()).toList();
    }

    private List<Entry> entries(RoomId room) {
        List<Entry> all = new ArrayList<>();
        for (String json : room(room).readAllValues()) {
            all.add(read(json));
        }
        return all;
    }

    @Override
    public Optional<RoomId> roomOf(String connectionId) {
        return Optional.ofNullable(socketRooms().get(connectionId)).map(RoomId::of);
    }

    /** Renews this node's entries so they outlive the TTL only while the node lives. */
    private void renew() {
        local.forEach((connectionId, entry) -> put(connectionId, entry.room(), entry.json()));
    }

    /** Stops the heartbeat and removes this node's entries (its sockets are gone with it). */
    @Override
    public void close() {
        heartbeat.close();
        try {
            local.forEach((connectionId, entry) -> {
                room(entry.room()).fastRemove(connectionId);
                socketRooms().remove(connectionId, entry.room().value());
            });
        } catch (RuntimeException e) {
            log.warn("Removing this node's signaling entries from Redis failed; they expire after {}", ttl, e);
        }
        local.clear();
    }

    private static String write(Entry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry read(String json) {
        try {
            return JSON.readValue(json, Entry.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
