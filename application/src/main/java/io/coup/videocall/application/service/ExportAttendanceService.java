package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.application.port.in.call.ExportAttendanceUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

@Transactional(readOnly = true)
public class ExportAttendanceService implements ExportAttendanceUseCase {

    private final StudyAccess access;
    private final CallViews views;
    private final Clock clock;

    public ExportAttendanceService(StudyAccess access, CallViews views, Clock clock) {
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public AttendanceReport attendance(SessionCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSession(c.studyId(), c.sessionId());
        Instant now = clock.instant();
        List<Participant> participants = session.participants();
        CallViews.Profiles profiles = views.profiles(session.startedBy(), participants);
        List<AttendanceReport.Row> rows = participants.stream()
                .flatMap(p -> p.segments().stream().map(s -> new AttendanceReport.Row(p.userId().value(),
                        profiles.displayName(p.userId()),
                        s.joinedAt(), s.leftAt(), CallViews.seconds(s.millis(now)), s.leaveReason())))
                .sorted(Comparator.comparing(AttendanceReport.Row::joinedAt).thenComparing(AttendanceReport.Row::userId))
                .toList();
        return new AttendanceReport(session.id().value(), rows);
    }
}
