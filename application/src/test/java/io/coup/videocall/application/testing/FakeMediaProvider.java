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
 * connection per {@code connect}, idempotent disconnect and close. It writes down every request, and can be taken
 * {@link #down()} (every request then fails with {@link MediaServerUnavailableException}, as the adapters do after
 * their retries).
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

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /** Every request, in order: {@code open <room>}, {@code connect <room> <user> <name>}, {@code disconnect <room> <id>}, ... */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The connections the server holds in the room now. */
    public List<LiveConnection> connections(String mediaRoomId) {
        return List.copyOf(rooms.getOrDefault(mediaRoomId, Map.of()).values());
    }

    public boolean hasRoom(String mediaRoomId) {
        return rooms.containsKey(mediaRoomId);
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
    public MediaRoom openRoom(SessionId sessionId, RoomId roomId) {
        String id = "media-" + sessionId.value();
        request("open " + id);
        rooms.putIfAbsent(id, new LinkedHashMap<>());
        return new MediaRoom(id);
    }

    @Override
    public MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar) {
        request("connect " + mediaRoomId + " " + userId.value() + " " + displayName);
        String id = "con-" + (++issued);
        rooms.computeIfAbsent(mediaRoomId, r -> new LinkedHashMap<>())
                .put(id, new LiveConnection(id, userId, false, clock.instant(), null));
        return new MediaConnection(id, "token-" + id, null);
    }

    @Override
    public void disconnect(String mediaRoomId, String connectionId) {
        request("disconnect " + mediaRoomId + " " + connectionId);
        rooms.getOrDefault(mediaRoomId, new LinkedHashMap<>()).remove(connectionId);
    }

    @Override
    public void closeRoom(String mediaRoomId) {
        request("close " + mediaRoomId);
        rooms.remove(mediaRoomId);
    }

    @Override
    public List<LiveConnection> liveConnections(String mediaRoomId) {
        request("list " + mediaRoomId);
        return connections(mediaRoomId);
    }
}
