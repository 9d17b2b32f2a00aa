package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;

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
        return new RoomId("study-" + studyId.value() + "-" + sessionId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
