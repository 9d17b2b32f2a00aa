package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.ParticipantId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.List;

/** Reads a study's calls page by page, newest first, with each participant's stored attendance. */
public interface CallHistoryPort {

    /**
     * @param startedFrom inclusive, or null
     * @param startedUntil exclusive, or null
     * @param offset rows to skip
     */
    HistoryPage loadHistory(StudyId studyId, Instant startedFrom, Instant startedUntil, int offset, int limit);

    /** Every participant of one call in brief, in order of first joining (then user id). */
    List<AttendeeRecord> loadAttendees(SessionId id);

    record HistoryPage(List<SessionRecord> sessions, long total) {
    }

    record SessionRecord(VideoCallSession.Snapshot session, List<AttendeeRecord> attendees) {
    }

    /**
     * @param closedMillis attended time of the closed segments
     * @param openSince start of the open segment, or null when not present
     */
    record AttendeeRecord(ParticipantId id, UserId userId, long closedMillis, Instant openSince) {

        public long millis(Instant now) {
            return closedMillis + (openSince != null && now.isAfter(openSince) ? now.toEpochMilli() - openSince.toEpochMilli() : 0);
        }
    }
}
