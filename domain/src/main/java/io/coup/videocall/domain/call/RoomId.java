package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;

import java.util.Optional;

/**
 * The signaling room of one session. Unique per session: the seed's {@code study-{id}-main} made a study's
 * second call collide with the first.
 */
public record RoomId(String value) {

    public static final int MAX_LENGTH = 160;

    public RoomId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("roomId", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("roomId", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static RoomId of(String value) {
        return new RoomId(value);
    }

    public static RoomId forSession(StudyId studyId, SessionId sessionId) {
        return new RoomId(prefix(studyId) + sessionId.value());
    }

    /**
     * The session whose room this is, if it is named as {@link #forSession} names a room of {@code studyId}'s calls
     * (every call's room is: {@link VideoCallSession#start}); read from the name alone, so it says nothing of whether
     * such a session exists, and a room of another study names none.
     */
    public Optional<SessionId> sessionIn(StudyId studyId) {
        String prefix = prefix(studyId);
        if (!value.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SessionId.of(value.substring(prefix.length())));
        } catch (InvalidValueException notASessionId) {
            return Optional.empty();
        }
    }

    private static String prefix(StudyId studyId) {
        return "study-" + studyId.value() + "-";
    }

    @Override
    public String toString() {
        return value;
    }
}
