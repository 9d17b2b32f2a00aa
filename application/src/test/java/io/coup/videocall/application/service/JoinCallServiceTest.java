package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.CAROL;
import static io.coup.videocall.application.service.Fixture.GHOST;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JoinCallServiceTest {

    private final Fixture world = new Fixture();
    private final JoinCallService service = world.joinCall();

    private ParticipantView join(SessionId session, UserId user) {
        return service.join(new SessionCommand(STUDY, session, user));
    }

    @Test
    void a_member_joins_and_is_present_from_now() {
        SessionId call = world.call(OWNER, OWNER);
        world.advance(30);

        ParticipantView view = join(call, MEMBER);

        assertThat(view.sessionId()).isEqualTo(call.value());
        assertThat(view.userId()).isEqualTo("mina");
        assertThat(view.joinedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(view.leftAt()).isNull();
        assertThat(view.duration()).isZero();
        assertThat(view.isMuted()).isFalse();
        assertThat(view.user()).isEqualTo(new UserView("mina", "Mina", "https://img.example/mina.png"));
        Participant stored = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(stored.isPresent()).isTrue();
        assertThat(stored.id().value()).isEqualTo(view.id());
        assertThat(world.sessions.saveCount()).isEqualTo(1);
    }

    @Test
    void a_member_without_a_profile_is_shown_by_id_only() {
        SessionId call = world.call(OWNER, OWNER);

        assertThat(join(call, GHOST).user()).isEqualTo(new UserView("ghost", null, null));
    }

    @Test
    void joining_again_while_present_is_the_same_participant_with_one_open_segment() {
        SessionId call = world.call(OWNER, OWNER);
        ParticipantView first = join(call, MEMBER);
        world.advance(90);

        ParticipantView again = join(call, MEMBER);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.joinedAt()).isEqualTo(T0);
        assertThat(again.duration()).isEqualTo(90);
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments()).hasSize(1);
    }

    @Test
    void a_returning_participant_is_credited_only_the_time_present() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(600);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(1200);                       // twenty minutes away

        ParticipantView back = join(call, MEMBER);
        world.advance(300);

        assertThat(back.joinedAt()).isEqualTo(T0);
        assertThat(back.leftAt()).isNull();
        assertThat(back.duration()).isEqualTo(600);
        Participant stored = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(stored.segments()).extracting(AttendanceSegment::joinedAt, AttendanceSegment::leftAt)
                .containsExactly(tuple(T0, T0.plusSeconds(600)), tuple(T0.plusSeconds(1800), null));
        assertThat(stored.attendedMillis(world.now())).isEqualTo(900_000);
    }

    @Test
    void media_state_does_not_carry_over_to_the_next_visit() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, true, world.now()));
        world.advance(10);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(50);

        ParticipantView back = join(call, MEMBER);

        assertThat(back.isMuted()).isFalse();
        assertThat(back.audioMutedTime()).isEqualTo(10);
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> join(foreign, MEMBER));

        assertThat(world.stored(foreign).participant(MEMBER)).isEmpty();
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> join(SessionId.of("nope"), MEMBER));
    }

    @Test
    void an_ended_call_admits_nobody() {
        SessionId call = world.endedCall(T0.minusSeconds(600), 300, OWNER, OWNER);

        assertFailsWith(ErrorCode.SESSION_ENDED, () -> join(call, MEMBER));

        assertThat(world.stored(call).participant(MEMBER)).isEmpty();
        assertThat(world.sessions.saveCount()).isZero();
    }

    @Test
    void a_full_call_refuses_one_more_but_lets_a_present_participant_join_again() {
        Fixture small = new Fixture(2);
        SessionId call = small.call(OWNER, OWNER, ADMIN);
        JoinCallService join = small.joinCall();

        assertFailsWith(ErrorCode.SESSION_FULL, () -> join.join(new SessionCommand(STUDY, call, BOB)));

        assertThat(small.stored(call).participants()).extracting(Participant::userId).containsExactly(OWNER, ADMIN);
        assertThat(join.join(new SessionCommand(STUDY, call, ADMIN)).userId()).isEqualTo("adam");
    }

    @Test
    void a_place_freed_by_someone_leaving_can_be_taken() {
        Fixture small = new Fixture(2);
        SessionId call = small.call(OWNER, OWNER, ADMIN);
        small.change(call, s -> s.leave(ADMIN, small.now(), LeaveReason.LEFT));

        ParticipantView bob = small.joinCall().join(new SessionCommand(STUDY, call, BOB));

        assertThat(bob.userId()).isEqualTo("bob");
        assertThat(small.stored(call).presentCount()).isEqualTo(2);
    }

    @Test
    void someone_kicked_from_the_call_cannot_rejoin_it() {
        SessionId call = world.call(OWNER, OWNER, CAROL);
        world.advance(60);
        world.change(call, s -> s.kick(CAROL, world.now()));

        assertFailsWith(ErrorCode.KICKED, () -> join(call, CAROL));

        assertThat(world.stored(call).participant(CAROL).orElseThrow().isPresent()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_may_join(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.join(new SessionCommand(study, call, caller)));

        assertThat(world.stored(call).participant(caller)).isEmpty();
    }
}
