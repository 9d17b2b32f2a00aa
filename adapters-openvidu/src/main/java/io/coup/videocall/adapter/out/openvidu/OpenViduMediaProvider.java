package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.OpenViduCalls.Repeat;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.MediaRoom;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import io.openvidu.java.client.Connection;
import io.openvidu.java.client.ConnectionProperties;
import io.openvidu.java.client.ConnectionType;
import io.openvidu.java.client.OpenVidu;
import io.openvidu.java.client.OpenViduRole;
import io.openvidu.java.client.Session;
import io.openvidu.java.client.SessionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link MediaProviderPort} on an OpenVidu 2 server, through openvidu-java-client.
 * <ul>
 * <li>A call's OpenVidu session has our session id as {@code customSessionId} ({@link MediaRoomIds}), so creating
 * it is idempotent and retried freely; it is created on first need and found again by any node.</li>
 * <li>Each join gets its own connection: type WEBRTC, role PUBLISHER, data = {@link ConnectionData} JSON. Creating a
 * connection is not idempotent, so it is repeated only when the server certainly did not act on the failed try
 * (connection refused, 503); a timeout or another 5xx after sending ends in {@link MediaServerUnavailableException}
 * rather than risk a second connection (see docs/media.md).</li>
 * <li>A 404 for the session while issuing a connection means OpenVidu lost it (a restart): the session is created
 * again with the same id and the connection issued once more, transparently.</li>
 * <li>Disconnect and close are idempotent: already gone is success.</li>
 * </ul>
 */
public final class OpenViduMediaProvider implements MediaProviderPort {

    private static final Logger log = LoggerFactory.getLogger(OpenViduMediaProvider.class);

    private final OpenVidu openVidu;
    private final OpenViduCalls calls;

    OpenViduMediaProvider(OpenVidu openVidu, OpenViduCalls calls) {
        this.openVidu = openVidu;
        this.calls = calls;
    }

    @Override
    public MediaProvider provider() {
        return MediaProvider.OPENVIDU;
    }

    @Override
    public MediaRoom openRoom(SessionId sessionId, RoomId roomId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return new MediaRoom(createOrFind(MediaRoomIds.of(sessionId)).getSessionId());
    }

    @Override
    public MediaConnection connect(String mediaRoomId, UserId userId, String displayName, String avatar) {
        Objects.requireNonNull(mediaRoomId, "mediaRoomId");
        Objects.requireNonNull(userId, "userId");
        ConnectionProperties properties = new ConnectionProperties.Builder()
                .type(ConnectionType.WEBRTC)
                .role(OpenViduRole.PUBLISHER)
                .data(new ConnectionData(userId, displayName, avatar).toJson())
                .build();
        Session known = openVidu.getActiveSession(mediaRoomId);
        Session session = known != null ? known : createOrFind(mediaRoomId);
        try {
            return issue(session, properties);
        } catch (OpenViduRejection e) {
            if (e.status() != 404) {
                throw OpenViduCalls.unexpected(e);
            }
        }
        log.warn("OpenVidu no longer knows session {} (restarted?): creating it again and retrying the connection once",
                mediaRoomId);
        Session recreated = createOrFind(mediaRoomId);
        try {
            return issue(recreated, properties);
        } catch (OpenViduRejection e) {
            throw OpenViduCalls.unexpected(e);
        }
    }

    @Override
    public void disconnect(String mediaRoomId, String connectionId) {
        Objects.requireNonNull(connectionId, "connectionId");
        Optional<Session> session = find(mediaRoomId);
        if (session.isEmpty()) {
            log.debug("Disconnect {} from {}: the session is already gone", connectionId, mediaRoomId);
            return;
        }
        try {
            calls.call("force-disconnect " + connectionId + " from " + mediaRoomId, Repeat.IDEMPOTENT, () -> {
                session.get().forceDisconnect(connectionId);
                return null;
            });
        } catch (OpenViduRejection e) {
            // 404: no such connection; 400: OpenVidu's answer when the session itself is unknown
            if (e.status() != 404 && e.status() != 400) {
                throw OpenViduCalls.unexpected(e);
            }
            log.debug("Disconnect {} from {}: already gone (HTTP {})", connectionId, mediaRoomId, e.status());
        }
    }

    @Override
    public void closeRoom(String mediaRoomId) {
        Optional<Session> session = find(mediaRoomId);
        if (session.isEmpty()) {
            log.debug("Close {}: the session is already gone", mediaRoomId);
            return;
        }
        try {
            calls.call("close session " + mediaRoomId, Repeat.IDEMPOTENT, () -> {
                session.get().close();
                return null;
            });
        } catch (OpenViduRejection e) {
            if (e.status() != 404) {
                throw OpenViduCalls.unexpected(e);
            }
            log.debug("Close {}: already gone", mediaRoomId);
        }
    }

    @Override
    public List<LiveConnection> liveConnections(String mediaRoomId) {
        Objects.requireNonNull(mediaRoomId, "mediaRoomId");
        Session session = openVidu.getActiveSession(mediaRoomId);
        if (session != null) {
            try {
                calls.call("fetch session " + mediaRoomId, Repeat.IDEMPOTENT, session::fetch);
            } catch (OpenViduRejection e) {
                if (e.status() != 404) {
                    throw OpenViduCalls.unexpected(e);
                }
                return List.of();
            }
        } else {
            fetchAll();
            session = openVidu.getActiveSession(mediaRoomId);
            if (session == null) {
                return List.of();
            }
        }
        return session.getConnections().stream()
                .flatMap(connection -> live(connection).stream())
                .toList();
    }

    private MediaConnection issue(Session session, ConnectionProperties properties) throws OpenViduRejection {
        Connection connection = calls.call("create connection in " + session.getSessionId(),
                Repeat.ONLY_IF_NOT_PROCESSED, () -> session.createConnection(properties));
        if (connection.getToken() == null) {
            throw new MediaServerUnavailableException("OpenVidu issued connection " + connection.getConnectionId()
                    + " without a token");
        }
        return new MediaConnection(connection.getConnectionId(), connection.getToken(), null);
    }

    /**
     * Creates the session, or gets the existing one: openvidu-java-client turns OpenVidu's 409 for an existing
     * {@code customSessionId} into a fetch of that session. A 404 from that fetch means the session was closed in
     * between; one more try then creates it.
     */
    private Session createOrFind(String mediaRoomId) {
        SessionProperties properties = new SessionProperties.Builder().customSessionId(mediaRoomId).build();
        OpenViduCalls.Call<Session> create = () -> openVidu.createSession(properties);
        try {
            return calls.call("create session " + mediaRoomId, Repeat.IDEMPOTENT, create);
        } catch (OpenViduRejection e) {
            if (e.status() != 404) {
                throw OpenViduCalls.unexpected(e);
            }
        }
        return calls.callExpectingSuccess("create session " + mediaRoomId, Repeat.IDEMPOTENT, create);
    }

    /** The client's object for a session, from its local cache or else from OpenVidu's list; empty if unknown there. */
    private Optional<Session> find(String mediaRoomId) {
        Objects.requireNonNull(mediaRoomId, "mediaRoomId");
        Session known = openVidu.getActiveSession(mediaRoomId);
        if (known != null) {
            return Optional.of(known);
        }
        fetchAll();
        return Optional.ofNullable(openVidu.getActiveSession(mediaRoomId));
    }

    private void fetchAll() {
        calls.callExpectingSuccess("list sessions", Repeat.IDEMPOTENT, openVidu::fetch);
    }

    private static Optional<LiveConnection> live(Connection connection) {
        Optional<ConnectionData> data = ConnectionData.parse(connection.getServerData());
        if (data.isEmpty()) {
            log.debug("Connection {} carries no data of ours; left out", connection.getConnectionId());
            return Optional.empty();
        }
        return Optional.of(new LiveConnection(connection.getConnectionId(), data.get().userId(),
                "active".equals(connection.getStatus()), instant(connection.createdAt()).orElse(Instant.EPOCH),
                instant(connection.activeAt()).orElse(null)));
    }

    private static Optional<Instant> instant(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }
}
