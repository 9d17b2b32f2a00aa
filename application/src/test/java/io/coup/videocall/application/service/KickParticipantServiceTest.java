package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.CAROL;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KickParticipantServiceTest {

    private final Fixture world = new Fixture();
    private final KickParticipantService service = world.kickParticipant();

    private void kick(SessionId call, UserId moderator, UserId target) {
        service.kick(new ModerateParticipantCommand(STUDY, call, moderator, target));
    }

    @Test
    void a_moderator_kicks_a_participant_whose_segment_closes_as_kicked() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant kickedAt = world.advance(90);

        kick(call, ADMIN, MEMBER);

        VideoCallSession stored = world.stored(call);
        Participant mina = stored.participant(MEMBER).orElseThrow();
        assertThat(mina.isKicked()).isTrue();
        assertThat(mina.segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(kickedAt, LeaveReason.KICKED));
        assertThat(stored.isEnded()).isFalse();
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.kickedNotice(MEMBER, call, ADMIN));
    }

    @Test
    void the_kicked_cannot_rejoin_that_call() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        kick(call, OWNER, MEMBER);

        assertFailsWith(ErrorCode.KICKED, () -> world.joinCall().join(new SessionCommand(STUDY, call, MEMBER)));
    }

    @Test
    void kicking_the_last_person_present_ends_the_call_and_says_so() {
        SessionId call = world.call(OWNER, MEMBER);
        Instant kickedAt = world.advance(30);

        kick(call, OWNER, MEMBER);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.isEnded()).isTrue();
        assertThat(stored.endedAt()).isEqualTo(kickedAt);
        assertThat(world.notifier.notices()).containsExactly(
                RecordingNotifier.kickedNotice(MEMBER, call, OWNER), RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void a_plain_member_may_not_kick_anyone() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> kick(call, BOB, MEMBER));

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isPresent()).isTrue();
        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void outsiders_are_not_members(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.kick(new ModerateParticipantCommand(study, call, caller, MEMBER)));

        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE, MEMBER);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> kick(foreign, OWNER, MEMBER));

        assertThat(world.stored(foreign).participant(MEMBER).orElseThrow().isKicked()).isFalse();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void someone_who_never_joined_is_no_participant() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> kick(call, OWNER, CAROL));

        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void nobody_is_kicked_from_an_ended_call() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.end(world.advance(10)));

        assertFailsWith(ErrorCode.SESSION_ENDED, () -> kick(call, OWNER, MEMBER));

        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void every_media_connection_of_the_kicked_and_only_theirs_is_force_disconnected() {
        SessionId call = world.call(OWNER, OWNER);
        ConnectToCallService connect = world.connectToCall();
        String tab1 = connect.connect(joining(call, MEMBER)).connectionId();
        String tab2 = connect.connect(joining(call, MEMBER)).connectionId();
        String owners = connect.connect(joining(call, OWNER)).connectionId();
        String room = world.stored(call).mediaRoomId();

        kick(call, ADMIN, MEMBER);

        assertThat(world.media.requests()).contains("disconnect " + room + " " + tab1, "disconnect " + room + " " + tab2);
        assertThat(world.media.connections(room)).extracting(c -> c.connectionId()).containsExactly(owners);
    }

    @Test
    void when_the_media_server_cannot_disconnect_them_the_kick_changes_nothing() {
        SessionId call = world.call(OWNER, OWNER);
        world.connectToCall().connect(joining(call, MEMBER));
        int saves = world.sessions.saveCount();
        world.media.down();

        assertFailsWith(ErrorCode.MEDIA_SERVER_UNAVAILABLE, () -> kick(call, ADMIN, MEMBER));

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isKicked()).isFalse();
        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        assertThat(world.notifier.notices()).isEmpty();
    }

    private static ConnectToCallCommand joining(SessionId call, UserId user) {
        return new ConnectToCallCommand(call, user, null, ConnectToCallCommand.Purpose.JOIN, null);
    }
}
