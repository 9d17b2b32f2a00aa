package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.MediaRoom;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A media server in memory, as the port describes it: rooms named after the call, connections issued pending and
 * made active by {@link #use}, already-gone treated as success. {@link #goDown()} makes every method throw
 * {@link MediaServerUnavailableException} until {@link #comeBack()}. Counts the {@code liveConnections} queries.
 */
public class InMemoryMediaServer implements MediaProviderPort {

    private final Clock clock;
    private final Map<String, Map<String, LiveConnection>> rooms = new LinkedHashMap<>();
    private int issued;
    private int liveQueries;
    private boolean down;

    public InMemoryMediaServer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MediaProvider provider() {
        return MediaProvider.OPENVIDU;
    }

    @Override
    public synchronized MediaRoom openRoom(SessionId sessionId, RoomId roomId) {
        requireUp();
        rooms.computeIfAbsent(sessionId.value(), id -> new LinkedHashMap<>());
        return new MediaRoom(sessionId.value());
    }

    @Override
    public synchronized MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar) {
        requireUp();
        String connectionId = "con_" + (++issued);
        rooms.computeIfAbsent(mediaRoomId, id -> new LinkedHashMap<>())
                .put(connectionId, new LiveConnection(connectionId, userId, false, clock.instant(), null));
        return new MediaConnection(connectionId, "token-" + connectionId, null);
    }

    /** A browser connected with the connection's token: pending becomes active. */
    public synchronized void use(String mediaRoomId, String connectionId) {
        rooms.get(mediaRoomId).computeIfPresent(connectionId,
                (id, c) -> new LiveConnection(id, c.userId(), true, c.createdAt(), clock.instant()));
    }

    @Override
    public synchronized void disconnect(String mediaRoomId, String connectionId) {
        requireUp();
        Map<String, LiveConnection> room = rooms.get(mediaRoomId);
        if (room != null) {
            room.remove(connectionId);
        }
    }

    @Override
    public synchronized void closeRoom(String mediaRoomId) {
        requireUp();
        rooms.remove(mediaRoomId);
    }

    @Override
    public synchronized List<LiveConnection> liveConnections(String mediaRoomId) {
        requireUp();
        liveQueries++;
        return List.copyOf(rooms.getOrDefault(mediaRoomId, Map.of()).values());
    }

    public synchronized int liveConnectionQueries() {
        return liveQueries;
    }

    public synchronized void goDown() {
        down = true;
    }

    public synchronized void comeBack() {
        down = false;
    }

    private void requireUp() {
        if (down) {
            throw new MediaServerUnavailableException("the in-memory media server is down");
        }
    }
}
