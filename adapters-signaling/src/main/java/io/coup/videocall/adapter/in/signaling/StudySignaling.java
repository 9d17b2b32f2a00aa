package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import io.coup.videocall.adapter.out.signaling.SocketIoCallNotifier;
import io.coup.videocall.application.port.in.call.CallMessageView;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.call.SendCallMessageCommand;
import io.coup.videocall.application.port.in.call.SendCallMessageUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The study and chat events of SPEC §5.2 on the same namespace as {@link CallSignaling}, through its event wrapper
 * (authentication, rate limit, the socket's lane, refusals): the study room {@code study:<studyId>} with its
 * presence events, study chat and typing (relayed, not stored: the study chat store is the CoUp platform's), and
 * in-call chat (stored with the call through {@link SendCallMessageUseCase}).
 */
public class StudySignaling {

    static final String JOIN_STUDY = "presence:join-study";
    static final String LEAVE_STUDY = "presence:leave-study";
    static final String STATUS_CHANGE = "presence:status-change";
    static final String SEND_MESSAGE = "chat:send-message";
    static final String VIDEO_MESSAGE = "chat:video-message";
    static final String TYPING = "chat:typing";

    static final String USER_ONLINE = "presence:user-online";
    static final String USER_OFFLINE = "presence:user-offline";
    static final String STATUS_CHANGED = "presence:user-status-changed";
    static final String MESSAGE_RECEIVED = "chat:message-received";
    static final String VIDEO_MESSAGE_RECEIVED = "chat:video-message-received";
    static final String USER_TYPING = "chat:user-typing";

    /** As the REST API writes instants: ISO-8601 UTC, always with milliseconds. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    private final ConnectedSockets sockets;
    private final StudyPresence presence;
    private final GetCallStatusUseCase callStatus;
    private final SendCallMessageUseCase sendCallMessage;
    private final Clock clock;
    private SocketIONamespace namespace;

    StudySignaling(ConnectedSockets sockets, StudyPresence presence, GetCallStatusUseCase callStatus,
                   SendCallMessageUseCase sendCallMessage, Clock clock) {
        this.sockets = sockets;
        this.presence = presence;
        this.callStatus = callStatus;
        this.sendCallMessage = sendCallMessage;
        this.clock = clock;
    }

    void register(SocketIONamespace ns, CallSignaling calls) {
        this.namespace = ns;
        calls.on(ns, JOIN_STUDY, this::joinStudy);
        calls.on(ns, LEAVE_STUDY, this::leaveStudy);
        calls.on(ns, STATUS_CHANGE, this::changeStatus);
        calls.on(ns, SEND_MESSAGE, this::sendMessage);
        calls.on(ns, TYPING, this::typing);
        calls.on(ns, VIDEO_MESSAGE, this::videoMessage);
        calls.onDropped(this::dropped);
    }

    // --- presence -------------------------------------------------------------------------------------------------

    /**
     * Joins the study's room, where {@code video:started} / {@code video:ended} and the study's chat and presence
     * arrive. ACTIVE members only (the status read checks it). The others learn that the user came online when this
     * is the user's first socket there.
     */
    private void joinStudy(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        StudyId study = Payloads.StudyRef.from(data).studyId();
        callStatus.status(new StudyQuery(study, UserId.of(user.id())));
        client.joinRoom(room(study));
        if (presence.join(client.getSessionId(), user.id(), study)) {
            namespace.getRoomOperations(room(study)).sendEvent(USER_ONLINE, client, presenceEvent(user));
        }
        SocketReplies.ok(ack);
    }

    /** Harmless when not in the room. */
    private void leaveStudy(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        leaveStudy(client, user, Payloads.StudyRef.from(data).studyId());
        SocketReplies.ok(ack);
    }

    /** The socket leaves the study's room; the others hear the user went offline where it was their last socket. */
    void leaveStudy(SocketIOClient client, SocketUser user, StudyId study) {
        client.leaveRoom(room(study));
        if (presence.leave(client.getSessionId(), study)) {
            namespace.getRoomOperations(room(study)).sendEvent(USER_OFFLINE, presenceEvent(user));
        }
    }

    /** netty-socketio already took the socket out of its rooms; the others hear of it where it was the last. */
    private void dropped(UUID socket, SocketUser user) {
        for (StudyId study : presence.drop(socket)) {
            namespace.getRoomOperations(room(study)).sendEvent(USER_OFFLINE, presenceEvent(user));
        }
    }

    /**
     * To the others in every study room the user is in (SPEC §5.2 "the user's study rooms": through any of their
     * sockets on this node; none: nothing to tell).
     */
    private void changeStatus(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        String status = Payloads.StatusChange.from(data).status();
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("userId", user.id());
        changed.put("user", CallSignaling.userView(user));
        changed.put("status", status);
        for (StudyId study : presence.studiesOfUser(user.id())) {
            namespace.getRoomOperations(room(study)).sendEvent(STATUS_CHANGED, client, changed);
        }
        SocketReplies.ok(ack);
    }

    // --- study chat -----------------------------------------------------------------------------------------------

    /** To everyone in the study room, the sender included (as the seed); membership is checked again per message. */
    private void sendMessage(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        Payloads.ChatMessage chat = Payloads.ChatMessage.from(data);
        requireJoined(client, chat.studyId());
        callStatus.status(new StudyQuery(chat.studyId(), UserId.of(user.id())));
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("id", UUID.randomUUID().toString());
        received.put("studyId", chat.studyId().value());
        received.put("userId", user.id());
        received.put("user", CallSignaling.userView(user));
        received.put("message", chat.message());
        received.put("type", chat.type());
        received.put("createdAt", INSTANT.format(clock.instant()));
        namespace.getRoomOperations(room(chat.studyId())).sendEvent(MESSAGE_RECEIVED, received);
        SocketReplies.ok(ack);
    }

    /** To the others in the study room; no database read (typing is frequent), joining the room checked membership. */
    private void typing(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        Payloads.Typing typing = Payloads.Typing.from(data);
        requireJoined(client, typing.studyId());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("userId", user.id());
        event.put("user", CallSignaling.userView(user));
        event.put("isTyping", typing.isTyping());
        namespace.getRoomOperations(room(typing.studyId())).sendEvent(USER_TYPING, client, event);
        SocketReplies.ok(ack);
    }

    private void requireJoined(SocketIOClient client, StudyId study) {
        if (!presence.isIn(client.getSessionId(), study)) {
            throw new SignalingRefusal(ErrorCode.NOT_STUDY_MEMBER,
                    "Join the study first (presence:join-study) to chat in it.");
        }
    }

    // --- in-call chat ---------------------------------------------------------------------------------------------

    /** Stored with the call and counted toward the sender's messageCount; then to everyone in the room, sender included. */
    private void videoMessage(SocketIOClient client, SocketUser user, Object data, AckRequest ack) {
        Payloads.VideoMessage chat = Payloads.VideoMessage.from(data);
        CallMembership call = sockets.get(client.getSessionId()).map(ConnectedSockets.Entry::call)
                .filter(c -> c.roomId().equals(chat.roomId()))
                .orElseThrow(() -> new SignalingRefusal(ErrorCode.PARTICIPANT_NOT_FOUND,
                        "You are not in room " + chat.roomId() + "."));
        CallMessageView sent = sendCallMessage.send(
                new SendCallMessageCommand(call.studyId(), call.sessionId(), UserId.of(user.id()), chat.message()));
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("id", sent.id());
        received.put("roomId", chat.roomId().value());
        received.put("userId", user.id());
        received.put("user", CallSignaling.userView(user));
        received.put("message", sent.message());
        received.put("createdAt", INSTANT.format(sent.createdAt()));
        namespace.getRoomOperations(chat.roomId().value()).sendEvent(VIDEO_MESSAGE_RECEIVED, received);
        SocketReplies.ok(ack);
    }

    private Map<String, Object> presenceEvent(SocketUser user) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("userId", user.id());
        event.put("user", CallSignaling.userView(user));
        event.put("timestamp", INSTANT.format(clock.instant()));
        return event;
    }

    private static String room(StudyId study) {
        return SocketIoCallNotifier.studyRoom(study);
    }
}
