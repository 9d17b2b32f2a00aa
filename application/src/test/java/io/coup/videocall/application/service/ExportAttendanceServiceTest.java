package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.application.port.in.call.AttendanceReport.Row;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.GHOST;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class ExportAttendanceServiceTest {

    private final Fixture world = new Fixture();
    private final ExportAttendanceService service = world.exportAttendance();

    private AttendanceReport attendance(SessionId session, UserId caller) {
        return service.attendance(new SessionCommand(STUDY, session, caller));
    }

    @Test
    void one_row_per_segment_sorted_by_join_instant() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(100);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(20);
        world.change(call, s -> s.admit(BOB, world.now()));
        world.advance(30);
        world.change(call, s -> s.admit(MEMBER, world.now()));
        world.advance(50);
        world.change(call, s -> s.end(world.now()));

        AttendanceReport report = attendance(call, MEMBER);

        assertThat(report.sessionId()).isEqualTo(call.value());
        assertThat(report.rows()).containsExactly(
                new Row("mina", "Mina", T0, T0.plusSeconds(100), 100, LeaveReason.LEFT),
                new Row("olivia", "Olivia", T0, T0.plusSeconds(200), 200, LeaveReason.SESSION_ENDED),
                new Row("bob", "Bob", T0.plusSeconds(120), T0.plusSeconds(200), 80, LeaveReason.SESSION_ENDED),
                new Row("mina", "Mina", T0.plusSeconds(150), T0.plusSeconds(200), 50, LeaveReason.SESSION_ENDED));
    }

    @Test
    void an_open_segment_has_no_leave_and_counts_seconds_up_to_now() {
        SessionId call = world.call(OWNER, OWNER);
        world.clock.advanceMillis(42_900);

        AttendanceReport report = attendance(call, OWNER);

        assertThat(report.rows()).containsExactly(new Row("olivia", "Olivia", T0, null, 42, null));
    }

    @Test
    void someone_without_a_profile_is_named_by_id() {
        SessionId call = world.call(OWNER, GHOST);

        assertThat(attendance(call, OWNER).rows()).extracting(Row::name).containsExactly("ghost");
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> attendance(foreign, MEMBER));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_export_attendance(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.attendance(new SessionCommand(study, call, caller)));
    }
}
