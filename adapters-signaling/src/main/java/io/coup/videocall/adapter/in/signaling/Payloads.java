package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.study.StudyId;

import java.util.Set;
import java.util.UUID;

/** The client → server payloads of SPEC §5.2, each built from raw JSON with every field checked. */
final class Payloads {

    private Payloads() {
    }

    record JoinRoom(StudyId studyId, RoomId roomId, boolean isMuted, boolean isVideoOff) {

        static JoinRoom from(Object data) {
            Payload p = Payload.of(data);
            return new JoinRoom(StudyId.of(p.requiredString("studyId")), RoomId.of(p.requiredString("roomId")),
                    p.optionalBoolean("isMuted"), p.optionalBoolean("isVideoOff"));
        }
    }

    /** {@code presence:join-study {studyId}} and {@code presence:leave-study {studyId}}. */
    record StudyRef(StudyId studyId) {

        static StudyRef from(Object data) {
            return new StudyRef(StudyId.of(Payload.of(data).requiredString("studyId")));
        }
    }

    /** {@code video:leave-room}, {@code video:screen-share-start}, {@code video:screen-share-stop}. */
    record InRoom(RoomId roomId) {

        static InRoom from(Object data) {
            return new InRoom(RoomId.of(Payload.of(data).requiredString("roomId")));
        }
    }

    /** {@code video:toggle-audio {roomId, isMuted}} and {@code video:toggle-video {roomId, isVideoOff}}. */
    record Toggle(RoomId roomId, boolean on) {

        static Toggle from(Object data, String flag) {
            Payload p = Payload.of(data);
            return new Toggle(RoomId.of(p.requiredString("roomId")), p.requiredBoolean(flag));
        }
    }

    /** {@code {to, offer}}, {@code {to, answer}}, {@code {to, candidate}}. */
    record Relay(UUID to, Object signal) {

        static Relay from(Object data, String signalField) {
            Payload p = Payload.of(data);
            return new Relay(p.requiredSocketId("to"), p.requiredSignal(signalField));
        }
    }

    /** Longest chat message, in characters after trimming. */
    static final int MAX_MESSAGE_LENGTH = 2000;

    /** Study chat types a client may send (the seed sends {@code text}); {@code system} is the platform's own. */
    static final Set<String> CHAT_TYPES = Set.of("text", "image", "file");

    static final Set<String> STATUSES = Set.of("online", "away", "busy");

    /** {@code chat:send-message {studyId, message, type?}}; {@code type} defaults to {@code text}. */
    record ChatMessage(StudyId studyId, String message, String type) {

        static ChatMessage from(Object data) {
            Payload p = Payload.of(data);
            return new ChatMessage(StudyId.of(p.requiredString("studyId")),
                    p.requiredText("message", MAX_MESSAGE_LENGTH), p.optionalChoice("type", CHAT_TYPES, "text"));
        }
    }

    /** {@code chat:video-message {roomId, message}}. */
    record VideoMessage(RoomId roomId, String message) {

        static VideoMessage from(Object data) {
            Payload p = Payload.of(data);
            return new VideoMessage(RoomId.of(p.requiredString("roomId")), p.requiredText("message", MAX_MESSAGE_LENGTH));
        }
    }

    /** {@code chat:typing {studyId, isTyping}}. */
    record Typing(StudyId studyId, boolean isTyping) {

        static Typing from(Object data) {
            Payload p = Payload.of(data);
            return new Typing(StudyId.of(p.requiredString("studyId")), p.requiredBoolean("isTyping"));
        }
    }

    /** {@code presence:status-change {status: online|away|busy}}. */
    record StatusChange(String status) {

        static StatusChange from(Object data) {
            return new StatusChange(Payload.of(data).requiredChoice("status", STATUSES));
        }
    }
}
