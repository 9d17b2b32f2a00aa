package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import io.coup.videocall.adapter.out.signaling.SignalingPresenceRegistry;
import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.in.call.JoinCallUseCase;
import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SwitchMediaCommand;
import io.coup.videocall.application.port.in.call.SwitchMediaUseCase;
import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The call events of SPEC §5.2 on namespace {@code /coup}: handshake authentication, joining and leaving a call
 * room (recorded through the same use cases as REST), WebRTC relays confined to one room, and media toggles whose
 * time is accounted. An accepted socket syncs its user from the token as a REST request does, so a user who only
 * ever uses sockets is known by name. Every event is validated and authorized; every refusal is answered (see
 * {@link SocketReplies}).
 */
public class CallSignaling {

    static final String JOIN_ROOM = "video:join-room";
    static final String LEAVE_ROOM = "video:leave-room";
    static final String OFFER = "video:offer";
    static final String ANSWER = "video:answer";
    static final String ICE_CANDIDATE = "video:ice-candidate";
    static final String TOGGLE_AUDIO = "video:toggle-audio";
    static final String TOGGLE_VIDEO = "video:toggle-video";
    static final String SCREEN_SHARE_START = "video:screen-share-start";
    static final String SCREEN_SHARE_STOP = "video:screen-share-stop";

    static final String ROOM_STATE = "video:room-state";
    static final String USER_JOINED = "video:user-joined";
    static final String USER_LEFT = "video:user-left";
    static final String PEER_AUDIO = "video:peer-audio-changed";
    static final String PEER_VIDEO = "video:peer-video-changed";
    static final String PEER_SCREEN = "video:peer-screen-share";

    /**
     * What a socket opened with a room ticket may do: the events of its one call room (joining it, relays, toggles,
     * in-call chat). Study-level events (presence, study chat, typing) need the platform JWT.
     */
    static final Set<String> TICKET_EVENTS = Set.of(JOIN_ROOM, LEAVE_ROOM, OFFER, ANSWER, ICE_CANDIDATE, TOGGLE_AUDIO,
            TOGGLE_VIDEO, SCREEN_SHARE_START, SCREEN_SHARE_STOP, StudySignaling.VIDEO_MESSAGE);

    private static final Logger log = LoggerFactory.getLogger(CallSignaling.class);

    private final SocketAuthenticator authenticator;
    private final SyncUserUseCase syncUser;
    private final ConnectedSockets sockets;
    private final SignalingPresenceRegistry presence;
    private final JoinCallUseCase joinCall;
    private final LeaveCallUseCase leaveCall;
    private final SwitchMediaUseCase switchMedia;
    private final DisconnectHandling disconnects;
    private final Clock clock;
    private final SocketTasks tasks;
    private final EventRateLimiter rateLimiter;
    private SocketIONamespace namespace;
    private SignalingMetrics metrics = SignalingMetrics.none();
    private final List<BiConsumer<UUID, SocketUser>> dropListeners = new CopyOnWriteArrayList<>();

    CallSignaling(SocketAuthenticator authenticator, SyncUserUseCase syncUser, ConnectedSockets sockets,
                  SignalingPresenceRegistry presence, JoinCallUseCase joinCall, LeaveCallUseCase leaveCall,
                  SwitchMediaUseCase switchMedia, DisconnectHandling disconnects, Clock clock, SocketTasks tasks,
                  EventRateLimiter rateLimiter) {
        this.authenticator = authenticator;
        this.syncUser = syncUser;
        this.sockets = sockets;
        this.presence = presence;
        this.joinCall = joinCall;
        this.leaveCall = leaveCall;
        this.switchMedia = switchMedia;
        this.disconnects = disconnects;
        this.clock = clock;
        this.tasks = tasks;
        this.rateLimiter = rateLimiter;
    }

    /** The room every socket joins on connect, so directed events reach it on whichever node it lives. */
    static String socketRoom(UUID socketId) {
        return "socket:" + socketId;
    }

    static String userRoom(String userId) {
        return "user:" + userId;
    }

    void register(SocketIONamespace ns, SignalingMetrics meters) {
        this.namespace = ns;
        this.metrics = meters;
        ns.addAuthTokenListener((authData, client) -> {
            Optional<SocketUser> user = authenticator.authenticate(authData);
            if (user.isEmpty()) {
                return new AuthTokenResult(false, Map.of("message", "unauthorized", "data", Map.of("code", "AUTH_REQUIRED")));
            }
            sockets.authenticated(client.getSessionId(), user.get(), clock.instant());
            if (!user.get().hasTicket()) {
                // First in the socket's lane, before the socket is even told it is connected: its events find the
                // user. A ticket's user was stored when quick-join issued it (its name is only a display name).
                tasks.submit(client.getSessionId(), () -> syncUser(user.get()));
            }
            return AuthTokenResult.AuthTokenResultSuccess;
        });
        ns.addConnectListener(this::connected);
        ns.addDisconnectListener(this::disconnected);
        on(ns, JOIN_ROOM, this::joinRoom);
        on(ns, LEAVE_ROOM, this::leaveRoom);
        on(ns, OFFER, (client, user, data, ack) -> relay(client, data, ack, OFFER, "offer"));
        on(ns, ANSWER, (client, user, data, ack) -> relay(client, data, ack, ANSWER, "answer"));
        on(ns, ICE_CANDIDATE, (client, user, data, ack) -> relay(client, data, ack, ICE_CANDIDATE, "candidate"));
        on(ns, TOGGLE_AUDIO, (client, user, data, ack) -> {
            Payloads.Toggle toggle = Payloads.Toggle.from(data, "isMuted");
            switchMedia(client, user, toggle.roomId(), MediaKind.AUDIO_MUTED, toggle.on(), ack);
        });
        on(ns, TOGGLE_VIDEO, (client, user, data, ack) -> {
            Payloads.Toggle toggle = Payloads.Toggle.from(data, "isVideoOff");
            switchMedia(client, user, toggle.roomId(), MediaKind.VIDEO_OFF, toggle.on(), ack);
        });
        on(ns, SCREEN_SHARE_START, (client, user, data, ack) ->
                switchMedia(client, user, Payloads.InRoom.from(data).roomId(), MediaKind.SCREEN_SHARING, true, ack));
        on(ns, SCREEN_SHARE_STOP, (client, user, data, ack) ->
                switchMedia(client, user, Payloads.InRoom.from(data).roomId(), MediaKind.SCREEN_SHARING, false, ack));
    }

    /** Told of every authenticated socket that went, after its pending events (the study presence uses it). */
    void onDropped(BiConsumer<UUID, SocketUser> listener) {
        dropListeners.add(listener);
    }

    @FunctionalInterface
    interface Handler {
        void handle(SocketIOClient client, SocketUser user, Object data, AckRequest ack);
    }

    /**
     * Every event goes through here: a socket whose token was never accepted is disconnected before any handler
     * runs (netty-socketio keeps a client whose auth failed attached to the namespace); refusals are answered.
     * {@link StudySignaling} registers its events through here too.
     */
    void on(SocketIONamespace ns, String event, Handler handler) {
        boolean isRelay = OFFER.equals(event) || ANSWER.equals(event) || ICE_CANDIDATE.equals(event);
        // A relay on one node touches no database and no Redis: it may run on the event loop that received it.
        boolean neverBlocks = isRelay && !presence.clusterWide();
        ns.addEventListener(event, Object.class, (client, data, ack) -> {
            long receivedNanos = System.nanoTime();
            Optional<ConnectedSockets.Entry> entry = sockets.get(client.getSessionId());
            if (entry.isEmpty()) {
                client.disconnect();
                return;
            }
            if (entry.get().user().hasTicket() && !TICKET_EVENTS.contains(event)) {
                metrics.refused(event, ErrorCode.PERMISSION_DENIED);
                SocketReplies.refuse(client, ack, event, ErrorCode.PERMISSION_DENIED,
                        "A room ticket allows only the events of its call room; use your account's token.");
                return;
            }
            if (!rateLimiter.tryAcquire(client.getSessionId())) {
                metrics.refused(event, ErrorCode.RATE_LIMITED);
                SocketReplies.refuse(client, ack, event, ErrorCode.RATE_LIMITED, "Too many events; slow down.");
                return;
            }
            Runnable task = () -> {
                try {
                    handler.handle(client, entry.get().user(), data, ack);
                    if (isRelay) {
                        metrics.relayed(event, receivedNanos);
                    }
                } catch (DomainException e) {
                    metrics.refused(event, e.code());
                    SocketReplies.refuse(client, ack, event, e);
                } catch (RuntimeException e) {
                    log.error("Socket event {} of {} failed", event, client.getSessionId(), e);
                    metrics.refused(event, ErrorCode.SERVER_ERROR);
                    SocketReplies.refuse(client, ack, event, ErrorCode.SERVER_ERROR, "Something went wrong on our side.");
                }
            };
            boolean queued = neverBlocks ? tasks.runOrSubmit(client.getSessionId(), task)
                    : tasks.submit(client.getSessionId(), task);
            if (!queued) {
                metrics.refused(event, ErrorCode.RATE_LIMITED);
                SocketReplies.refuse(client, ack, event, ErrorCode.RATE_LIMITED,
                        "Too many events in flight; wait for the acknowledgements.");
            }
        });
    }

    private void connected(SocketIOClient client) {
        Optional<ConnectedSockets.Entry> entry = sockets.get(client.getSessionId());
        if (entry.isEmpty()) {
            // No auth payload at all: netty-socketio skipped the auth listener. Refuse the socket.
            client.disconnect();
            return;
        }
        client.joinRoom(socketRoom(client.getSessionId()));
        client.joinRoom(userRoom(entry.get().user().id()));
    }

    /** Creates or refreshes the user record from the token's claims, as REST's UserSyncFilter does for requests. */
    private void syncUser(SocketUser user) {
        try {
            syncUser.sync(new SyncUserCommand(UserId.of(user.id()), user.name(), user.avatar()));
        } catch (RuntimeException e) {
            // The socket stays: its events reach the use cases, which refuse what needs a stored user.
            log.error("Syncing user {} on socket connect failed", user.id(), e);
        }
    }

    /** After every event the socket sent before it went (they run first, in its lane). */
    private void disconnected(SocketIOClient client) {
        rateLimiter.forget(client.getSessionId());
        if (sockets.get(client.getSessionId()).isPresent()) {
            Instant droppedAt = clock.instant();
            tasks.finish(client.getSessionId(), () -> dropped(client, droppedAt));
        }
    }

    private void dropped(SocketIOClient client, Instant droppedAt) {
        Optional<ConnectedSockets.Entry> gone = sockets.get(client.getSessionId());
        if (gone.isEmpty()) {
            return;
        }
        Optional<CallMembership> call = sockets.left(client.getSessionId());
        sockets.remove(client.getSessionId());
        for (BiConsumer<UUID, SocketUser> listener : dropListeners) {
            try {
                listener.accept(client.getSessionId(), gone.get().user());
            } catch (RuntimeException e) {
                log.error("A drop listener failed for {}", client.getSessionId(), e);
            }
        }
        call.ifPresent(c -> {
            // netty-socketio left every room at the disconnect; a join handled after it may have re-added one.
            client.leaveRoom(c.roomId().value());
            UserId user = UserId.of(gone.get().user().id());
            presence.disconnected(c.roomId(), user, client.getSessionId().toString());
            try {
                if (!presence.connectedTo(c.roomId(), user)) {
                    disconnects.lastSocketDropped(c, user, droppedAt);
                }
            } catch (RuntimeException e) {
                log.error("Recording the disconnect of {} from {} failed", user, c.roomId(), e);
            }
            namespace.getRoomOperations(c.roomId().value()).sendEvent(USER_LEFT, userLeft(client.getSessionId(), user));
        });
    }

    // --- video:join-room / video:leave-room ---------------------------------------------------------------------

    private void joinRoom(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        Payloads.JoinRoom join = Payloads.JoinRoom.from(data);
        if (user.hasTicket() && !user.ticket().roomId().equals(join.roomId())) {
            throw new SignalingRefusal(ErrorCode.PERMISSION_DENIED, "Your room ticket is for another room.");
        }
        UserId userId = UserId.of(user.id());
        // The room names its call; whether the caller may join it (member, a call of this study, not ended, not
        // kicked, not full) is the join use case's to say, exactly as for POST /join.
        SessionId sessionId = join.roomId().sessionIn(join.studyId())
                .orElseThrow(() -> new NotFoundException(ErrorCode.SESSION_NOT_FOUND,
                        "Room " + join.roomId() + " is not a call of this study."));
        if (user.hasTicket() && !user.ticket().sessionId().equals(sessionId)) {
            throw new SignalingRefusal(ErrorCode.PERMISSION_DENIED, "Your room ticket is for another call.");
        }
        CallMembership call = new CallMembership(join.studyId(), sessionId, join.roomId());
        Optional<CallMembership> current = sockets.get(client.getSessionId()).map(ConnectedSockets.Entry::call);
        boolean alreadyInRoom = current.isPresent() && current.get().roomId().equals(join.roomId());
        disconnects.rejoining(call, userId); // back within the reconnect grace: one segment goes on
        joinCall.join(new SessionCommand(join.studyId(), sessionId, userId));
        if (current.isPresent() && !alreadyInRoom) {
            leave(client, userId, current.get()); // only once the join is recorded: a refused one leaves it where it was
        }
        if (join.isMuted()) {
            switchMedia.switchMedia(new SwitchMediaCommand(join.studyId(), sessionId, userId, MediaKind.AUDIO_MUTED, true));
        }
        if (join.isVideoOff()) {
            switchMedia.switchMedia(new SwitchMediaCommand(join.studyId(), sessionId, userId, MediaKind.VIDEO_OFF, true));
        }
        if (alreadyInRoom) {
            // A repeated join keeps what the socket reported; only states it now claims are switched on.
            sockets.media(client.getSessionId(), join.isMuted() ? Boolean.TRUE : null,
                    join.isVideoOff() ? Boolean.TRUE : null, null);
        } else {
            sockets.joined(client.getSessionId(), call, join.isMuted(), join.isVideoOff());
        }
        client.joinRoom(join.roomId().value());
        presence.connected(join.roomId(), userId, client.getSessionId().toString());
        describe(client);

        // Cluster-wide (Redis) the directory lists the sockets of every node; otherwise this node's table does.
        String me = client.getSessionId().toString();
        List<Map<String, Object>> others = presence.clusterWide()
                ? presence.participants(join.roomId()).stream().filter(p -> !me.equals(p.get("socketId"))).toList()
                : sockets.inRoom(join.roomId()).stream()
                        .filter(e -> !e.socketId().equals(client.getSessionId()))
                        .map(CallSignaling::participant)
                        .toList();
        client.sendEvent(ROOM_STATE, Map.of("participants", others));
        if (!alreadyInRoom) {
            Map<String, Object> joined = new LinkedHashMap<>();
            joined.put("socketId", client.getSessionId().toString());
            joined.put("userId", user.id());
            joined.put("user", userView(user));
            namespace.getRoomOperations(join.roomId().value()).sendEvent(USER_JOINED, client, joined);
        }
        // Peers learn a joiner's initial state the same way as a later toggle.
        if (join.isMuted()) {
            announce(client, user, join.roomId(), MediaKind.AUDIO_MUTED, true);
        }
        if (join.isVideoOff()) {
            announce(client, user, join.roomId(), MediaKind.VIDEO_OFF, true);
        }
        SocketReplies.ok(ack);
    }

    private void leaveRoom(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        RoomId room = Payloads.InRoom.from(data).roomId();
        Optional<CallMembership> current = sockets.get(client.getSessionId()).map(ConnectedSockets.Entry::call);
        if (current.isPresent() && current.get().roomId().equals(room)) {
            leave(client, UserId.of(user.id()), current.get());
        }
        // Leaving a room one is not in is harmless, as leaving twice over REST is.
        SocketReplies.ok(ack);
    }

    /**
     * Takes the socket out of the room; records the leave only when it was the user's last socket there, on any node
     * (the presence registry is cluster-wide with the Redis store).
     */
    private void leave(SocketIOClient client, UserId user, CallMembership call) {
        sockets.left(client.getSessionId());
        client.leaveRoom(call.roomId().value());
        presence.disconnected(call.roomId(), user, client.getSessionId().toString());
        if (!presence.connectedTo(call.roomId(), user)) {
            leaveCall.leave(new SessionCommand(call.studyId(), call.sessionId(), user));
        }
        namespace.getRoomOperations(call.roomId().value()).sendEvent(USER_LEFT, userLeft(client.getSessionId(), user));
    }

    // --- relays ---------------------------------------------------------------------------------------------------

    /** Delivered to the target's own room, and only when sender and target are in the same call room. */
    private void relay(SocketIOClient client, Object data, AckRequest ack, String event, String signalField) {
        Payloads.Relay relay = Payloads.Relay.from(data, signalField);
        CallMembership mine = requireCall(client);
        // The target may live on another node: cluster-wide, the Redis directory knows its room.
        boolean sameRoom = presence.clusterWide()
                ? presence.roomOf(relay.to().toString()).filter(mine.roomId()::equals).isPresent()
                : sockets.get(relay.to()).map(ConnectedSockets.Entry::call)
                        .filter(theirs -> theirs.roomId().equals(mine.roomId())).isPresent();
        if (!sameRoom || relay.to().equals(client.getSessionId())) {
            throw new SignalingRefusal(ErrorCode.PARTICIPANT_NOT_FOUND, "The target socket is not in your call room.");
        }
        Map<String, Object> relayed = new LinkedHashMap<>();
        relayed.put("from", client.getSessionId().toString());
        relayed.put(signalField, relay.signal());
        namespace.getRoomOperations(socketRoom(relay.to())).sendEvent(event, relayed);
        SocketReplies.ok(ack);
    }

    // --- media toggles --------------------------------------------------------------------------------------------

    private void switchMedia(SocketIOClient client, SocketUser user, RoomId room, MediaKind kind, boolean on,
                             AckRequest ack) {
        CallMembership call = requireCall(client);
        if (!call.roomId().equals(room)) {
            throw new SignalingRefusal(ErrorCode.PARTICIPANT_NOT_FOUND, "You are not in room " + room + ".");
        }
        switchMedia.switchMedia(new SwitchMediaCommand(call.studyId(), call.sessionId(), UserId.of(user.id()), kind, on));
        switch (kind) {
            case AUDIO_MUTED -> sockets.media(client.getSessionId(), on, null, null);
            case VIDEO_OFF -> sockets.media(client.getSessionId(), null, on, null);
            case SCREEN_SHARING -> sockets.media(client.getSessionId(), null, null, on);
        }
        describe(client);
        announce(client, user, room, kind, on);
        SocketReplies.ok(ack);
    }

    /** {@code video:peer-audio-changed} / {@code -video-changed} / {@code -screen-share} to the room, sender excluded. */
    private void announce(SocketIOClient client, SocketUser user, RoomId room, MediaKind kind, boolean on) {
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("socketId", client.getSessionId().toString());
        changed.put("userId", user.id());
        String event = switch (kind) {
            case AUDIO_MUTED -> {
                changed.put("isMuted", on);
                yield PEER_AUDIO;
            }
            case VIDEO_OFF -> {
                changed.put("isVideoOff", on);
                yield PEER_VIDEO;
            }
            case SCREEN_SHARING -> {
                changed.put("isSharing", on);
                yield PEER_SCREEN;
            }
        };
        namespace.getRoomOperations(room.value()).sendEvent(event, client, changed);
    }

    /**
     * Publishes the socket's room-state entry (user, media flags) and its media connection where other nodes see them;
     * no-op node-local.
     */
    private void describe(SocketIOClient client) {
        sockets.get(client.getSessionId()).filter(e -> e.call() != null)
                .ifPresent(e -> presence.describe(e.call().roomId(), e.socketId().toString(), participant(e),
                        e.asConnection()));
    }

    private CallMembership requireCall(SocketIOClient client) {
        return sockets.get(client.getSessionId()).map(ConnectedSockets.Entry::call)
                .orElseThrow(() -> new SignalingRefusal(ErrorCode.PARTICIPANT_NOT_FOUND, "Join a call room first."));
    }

    // --- payloads -------------------------------------------------------------------------------------------------

    private static Map<String, Object> participant(ConnectedSockets.Entry e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("socketId", e.socketId().toString());
        p.put("userId", e.user().id());
        p.put("user", userView(e.user()));
        p.put("isMuted", e.muted());
        p.put("isVideoOff", e.videoOff());
        p.put("isSharing", e.sharing());
        return p;
    }

    static Map<String, Object> userView(SocketUser user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id());
        view.put("name", user.name());
        view.put("avatar", user.avatar());
        return view;
    }

    private static Map<String, Object> userLeft(UUID socketId, UserId user) {
        Map<String, Object> left = new LinkedHashMap<>();
        left.put("socketId", socketId.toString());
        left.put("userId", user.value());
        return left;
    }
}
