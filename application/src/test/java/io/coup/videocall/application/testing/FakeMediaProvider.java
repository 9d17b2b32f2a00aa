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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A media server in memory, as {@link MediaProviderPort} describes it: rooms named after the session, a numbered
 * connection per {@code connect}, issued pending and made active by {@link #use}, idempotent disconnect and close.
 * It writes down every request, and can be taken {@link #down()} (every request then fails with
 * {@link MediaServerUnavailableException}, as the adapters do after their retries). {@code FakeMediaProviderTest}
 * holds it to the port's contract, so that use-case tests on it mean something.
 */
public class FakeMediaProvider implements MediaProviderPort {

    private final MediaProvider provider;
    private final Clock clock;
    private final Map<String, Map<String, LiveConnection>> rooms = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private int issued;
    private boolean down;

    public FakeMediaProvider(MediaProvider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    public synchronized void down() {
        down = true;
    }

    public synchronized void up() {
        down = false;
    }

    /** Every request, in order: {@code open <room>}, {@code connect <room> <user> <name>}, {@code disconnect <room> <id>}, ... */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** The connections the server holds in the room now. */
    public synchronized List<LiveConnection> connections(String mediaRoomId) {
        return List.copyOf(rooms.getOrDefault(mediaRoomId, Map.of()).values());
    }

    public synchronized boolean hasRoom(String mediaRoomId) {
        return rooms.containsKey(mediaRoomId);
    }

    /** A browser connected with the connection's token: pending becomes active. */
    public synchronized void use(String mediaRoomId, String connectionId) {
        rooms.get(mediaRoomId).computeIfPresent(connectionId,
                (id, c) -> new LiveConnection(id, c.userId(), true, c.createdAt(), clock.instant()));
    }

    /** How often {@code liveConnections} was asked (and answered). */
    public synchronized long liveConnectionQueries() {
        return requests.stream().filter(r -> r.startsWith("list ")).count();
    }

    private void request(String request) {
        if (down) {
            throw new MediaServerUnavailableException(request + ": the fake media server is down");
        }
        requests.add(request);
    }

    @Override
    public MediaProvider provider() {
        return provider;
    }

    @Override
    public synchronized MediaRoom openRoom(SessionId sessionId, RoomId roomId) {
        String id = sessionId.value();   // as OpenVidu: the room is named after the call
        request("open " + id);
        rooms.putIfAbsent(id, new LinkedHashMap<>());
        return new MediaRoom(id);
    }

    @Override
    public synchronized MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar) {
        request("connect " + mediaRoomId + " " + userId.value() + " " + displayName);
        String id = "con-" + (++issued);
        rooms.computeIfAbsent(mediaRoomId, r -> new LinkedHashMap<>())
                .put(id, new LiveConnection(id, userId, false, clock.instant(), null));
        return new MediaConnection(id, "token-" + id, null);
    }

    @Override
    public synchronized void disconnect(String mediaRoomId, String connectionId) {
        request("disconnect " + mediaRoomId + " " + connectionId);
        rooms.getOrDefault(mediaRoomId, new LinkedHashMap<>()).remove(connectionId);
    }

    @Override
    public synchronized void closeRoom(String mediaRoomId) {
        request("close " + mediaRoomId);
        rooms.remove(mediaRoomId);
    }

    @Override
    public synchronized List<LiveConnection> liveConnections(String mediaRoomId) {
        request("list " + mediaRoomId);
        return connections(mediaRoomId);
    }
}
