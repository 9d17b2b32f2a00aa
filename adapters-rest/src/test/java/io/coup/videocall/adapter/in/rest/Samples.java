package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.application.port.in.call.CallHistoryView;
import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionDetailView;
import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import io.coup.videocall.application.port.in.stats.UserStatsView;
import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.MyStudyView;
import io.coup.videocall.application.port.in.study.StudyView;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Canned views with distinct values in every field; instants on whole seconds to prove the ".000" millis. */
public final class Samples {

    public static final Instant T0 = Instant.parse("2025-11-19T10:30:00Z");
    public static final Instant T1 = Instant.parse("2025-11-19T10:45:30.250Z");
    public static final Instant T2 = Instant.parse("2025-11-19T11:00:00.007Z");

    public static final UserView ALICE = new UserView("alice", "Alice", "https://img.example/alice.png");
    public static final UserView BOB = new UserView("bob", null, null);

    public static final SessionView SESSION = new SessionView("s-1", "algo", "study-algo-s-1", "Daily sync", "alice",
            T0, null, null, MediaProvider.MESH, ALICE);
    public static final SessionView ENDED_SESSION = new SessionView("s-1", "algo", "study-algo-s-1", "Daily sync",
            "alice", T0, T2, 1800L, MediaProvider.OPENVIDU, ALICE);

    public static final ParticipantView PARTICIPANT = new ParticipantView("p-1", "s-1", "alice", T0, null,
            930, 60, 120, 30, true, false, true, ALICE);
    public static final ParticipantView LEFT_PARTICIPANT = new ParticipantView("p-2", "s-1", "bob", T1, T2,
            300, 0, 5, 0, false, true, false, BOB);

    public static final CallConnectionView CONNECTION = new CallConnectionView(SESSION, PARTICIPANT, "Alice on a phone",
            "con-1", "ticket-1", T2);
    public static final MediaStatusView MEDIA_STATUS = new MediaStatusView("s-1", "Daily sync", "algo", true,
            List.of(new MediaStatusView.Participant("alice", "Alice", "con-1", T0, true, true, false, false)), T0,
            MediaProvider.MESH);

    public static final CallStatusView STATUS = new CallStatusView(SESSION, 2, List.of(PARTICIPANT));

    public static final CallHistoryView HISTORY = new CallHistoryView(
            List.of(new CallHistoryView.Entry(ENDED_SESSION,
                    List.of(new CallHistoryView.Attendee("p-1", "alice", 1800, ALICE)), 1)),
            new CallHistoryView.Page(2, 10, 11, 2));

    public static final SessionDetailView DETAIL = new SessionDetailView(ENDED_SESSION, List.of(
            new SessionDetailView.ParticipantDetail(LEFT_PARTICIPANT, List.of(
                    new SessionDetailView.Segment(T1, T2, LeaveReason.LEFT)), 4)));

    public static final AttendanceReport REPORT = new AttendanceReport("s-1", List.of(
            new AttendanceReport.Row("alice", "Alice", T0, T1, 930, LeaveReason.LEFT),
            new AttendanceReport.Row("bob", "=HYPERLINK(\"http://evil\",\"x\")", T1, null, 10, null)));

    public static final StudyView STUDY = new StudyView("algo", "Algorithms", T0, StudyRole.OWNER);
    public static final MyStudyView MY_STUDY = new MyStudyView("algo", "Algorithms", StudyRole.ADMIN,
            MemberStatus.ACTIVE, new MyStudyView.ActiveCall("s-1", "study-algo-s-1", T0, 3));
    public static final MyStudyView QUIET_STUDY = new MyStudyView("quiet", "Quiet", StudyRole.MEMBER,
            MemberStatus.ACTIVE, null);
    public static final MemberView MEMBER = new MemberView("bob", "Bob", null, StudyRole.MEMBER, MemberStatus.ACTIVE, T1);

    public static final UserStatsView USER_STATS = new UserStatsView("bob", 3, 5400, 1800, 60, 120, 30, T0, T2);
    public static final StudyStatsView STUDY_STATS = new StudyStatsView("week", 4, 9, 2.3, 7200, 1800,
            new StudyStatsView.MostActiveUser("alice", "Alice", 3),
            List.of(new StudyStatsView.DayCount(LocalDate.parse("2025-11-18"), 1),
                    new StudyStatsView.DayCount(LocalDate.parse("2025-11-19"), 3)));

    private Samples() {
    }
}
