package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Statistics computed by the database over the stored totals of <em>ended</em> calls started in
 * [{@code from}, {@code until}): no segment is read and no row is loaded into memory to be summed.
 */
@Component
public class AttendanceStatsAdapter implements AttendanceStatsPort {

    private final VideoCallSessionSpringDataRepository sessions;
    private final ParticipantSpringDataRepository participants;

    public AttendanceStatsAdapter(VideoCallSessionSpringDataRepository sessions,
                                  ParticipantSpringDataRepository participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    @Override
    public UserTotals userTotals(StudyId studyId, UserId userId, Instant from, Instant until) {
        UserTotalsRow row = participants.endedTotalsOf(studyId.value(), userId.value(), from, until);
        return new UserTotals(row.sessions().longValue(), row.attendedMs().longValue(), row.audioMutedMs().longValue(),
                row.videoOffMs().longValue(), row.screenSharedMs().longValue(), row.firstJoin(), row.lastJoin());
    }

    @Override
    public StudyTotals studyTotals(StudyId studyId, Instant from, Instant until) {
        StudyTotalsRow row = sessions.endedTotals(studyId.value(), from, until);
        long attendees = row.sessions().longValue() == 0 ? 0 : participants.countInEnded(studyId.value(), from, until);
        return new StudyTotals(row.sessions().longValue(), attendees, row.durationSeconds().longValue());
    }

    @Override
    public List<UserActivity> userActivity(StudyId studyId, Instant from, Instant until) {
        return participants.endedActivity(studyId.value(), from, until).stream()
                .map(row -> new UserActivity(UserId.of(row.userId()), row.sessions().longValue(),
                        row.attendedMs().longValue()))
                .toList();
    }

    @Override
    public List<Instant> sessionStarts(StudyId studyId, Instant from, Instant until) {
        return sessions.endedStarts(studyId.value(), from, until);
    }

    @Override
    public Optional<Instant> firstSessionStart(StudyId studyId) {
        return sessions.firstStart(studyId.value());
    }

    @Override
    public boolean hasParticipated(StudyId studyId, UserId userId) {
        return participants.existsByUserIdAndSessionStudyId(userId.value(), studyId.value());
    }
}
