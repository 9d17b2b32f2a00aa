package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.ParticipantId;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

/** Id records to and from their column values; static, so MapStruct calls them without a bean. */
final class IdMapping {

    private IdMapping() {
    }

    static String value(UserId id) {
        return id == null ? null : id.value();
    }

    static String value(StudyId id) {
        return id == null ? null : id.value();
    }

    static String value(SessionId id) {
        return id == null ? null : id.value();
    }

    static String value(RoomId id) {
        return id == null ? null : id.value();
    }

    static String value(ParticipantId id) {
        return id == null ? null : id.value();
    }

    static UserId userId(String value) {
        return value == null ? null : UserId.of(value);
    }

    static StudyId studyId(String value) {
        return value == null ? null : StudyId.of(value);
    }

    static SessionId sessionId(String value) {
        return value == null ? null : SessionId.of(value);
    }

    static RoomId roomId(String value) {
        return value == null ? null : RoomId.of(value);
    }

    static ParticipantId participantId(String value) {
        return value == null ? null : ParticipantId.of(value);
    }
}
