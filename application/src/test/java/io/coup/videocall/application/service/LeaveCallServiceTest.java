package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LeaveCallServiceTest {

    private final Fixture world = new Fixture();
    private final LeaveCallService service = world.leaveCall();

    private void leave(SessionId session, UserId user) {
        service.leave(new SessionCommand(STUDY, session, user));
    }

    @Test
    void leaving_closes_the_callers_segment_and_the_call_goes_on_for_the_others() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant leftAt = world.advance(300);

        leave(call, MEMBER);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.isEnded()).isFalse();
        Participant mina = stored.participant(MEMBER).orElseThrow();
        assertThat(mina.isPresent()).isFalse();
        assertThat(mina.leftAt()).isEqualTo(leftAt);
        assertThat(mina.segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(leftAt, LeaveReason.LEFT));
        assertThat(stored.participant(OWNER).orElseThrow().isPresent()).isTrue();
        assertThat(world.notifier.notices()).isEmpty();
        world.advance(1000);
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().attendedMillis(world.now())).isEqualTo(300_000);
    }

    @Test
    void leaving_stops_the_media_time_that_was_running() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.switchMedia(MEMBER, MediaKind.SCREEN_SHARING, true, world.now()));
        world.advance(45);

        leave(call, MEMBER);
        world.advance(600);

        Participant mina = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(mina.isSharing()).isFalse();
        assertThat(mina.mediaMillis(MediaKind.SCREEN_SHARING, world.now())).isEqualTo(45_000);
    }

    @Test
    void leave_of_the_last_present_person_ends_the_call_and_status_then_returns_empty() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(100);
        leave(call, OWNER);
        Instant last = world.advance(200);

        leave(call, MEMBER);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.isEnded()).isTrue();
        assertThat(stored.endedAt()).isEqualTo(last);
        assertThat(stored.durationSeconds()).isEqualTo(300);
        assertThat(world.sessions.loadActiveSnapshot(STUDY)).isEmpty();
        assertThat(world.callStatus().status(new StudyQuery(STUDY, MEMBER))).isEmpty();
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void leaving_twice_is_harmless() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant leftAt = world.advance(60);
        leave(call, MEMBER);
        int saves = world.sessions.saveCount();
        world.advance(60);

        leave(call, MEMBER);

        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        Participant mina = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(mina.leftAt()).isEqualTo(leftAt);
        assertThat(mina.segments()).hasSize(1);
        assertThat(world.stored(call).isEnded()).isFalse();
    }

    @Test
    void leaving_a_call_that_was_ended_meanwhile_changes_nothing() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant end = world.advance(60);
        world.change(call, s -> s.end(world.now()));
        world.advance(60);

        leave(call, MEMBER);

        Participant mina = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(mina.segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(end, LeaveReason.SESSION_ENDED));
        assertThat(world.stored(call).endedAt()).isEqualTo(end);
        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void someone_who_never_joined_is_no_participant() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> leave(call, BOB));

        assertThat(world.stored(call).isEnded()).isFalse();
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE, MEMBER);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> leave(foreign, MEMBER));

        assertThat(world.stored(foreign).participant(MEMBER).orElseThrow().isPresent()).isTrue();
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> leave(SessionId.of("nope"), MEMBER));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_may_leave(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.leave(new SessionCommand(study, call, caller)));
    }

    @Test
    void someone_banned_while_in_the_call_left_it_then_and_their_leave_changes_nothing() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant bannedAt = world.advance(60);
        world.updateMember().update(new UpdateMemberCommand(
                STUDY, OWNER, MEMBER, null, MemberStatus.BANNED));
        world.advance(60);
        int saves = world.sessions.saveCount();

        leave(call, MEMBER);

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().leftAt()).isEqualTo(bannedAt);
        assertThat(world.sessions.saveCount()).isEqualTo(saves);
    }

    @Test
    void a_former_member_who_never_joined_the_call_learns_nothing_about_it() {
        SessionId call = world.call(OWNER, OWNER);
        world.updateMember().update(new UpdateMemberCommand(
                STUDY, OWNER, MEMBER, null, MemberStatus.BANNED));

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> leave(call, MEMBER));
    }
}
