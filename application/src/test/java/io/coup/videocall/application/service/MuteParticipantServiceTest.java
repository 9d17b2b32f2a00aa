package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.LeaveReason;
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
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class MuteParticipantServiceTest {

    private final Fixture world = new Fixture();
    private final MuteParticipantService service = world.muteParticipant();

    private void mute(SessionId call, UserId moderator, UserId target) {
        service.mute(new ModerateParticipantCommand(STUDY, call, moderator, target));
    }

    @Test
    void a_moderator_asks_a_present_participant_to_mute_and_nothing_is_stored() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        mute(call, ADMIN, MEMBER);

        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.forceMuteNotice(MEMBER, call, ADMIN));
        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isMuted()).isFalse();
    }

    @Test
    void a_plain_member_may_not_mute_anyone() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> mute(call, BOB, MEMBER));

        assertThat(world.notifier.notices()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void outsiders_are_not_members(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.mute(new ModerateParticipantCommand(study, call, caller, MEMBER)));

        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE, MEMBER);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> mute(foreign, OWNER, MEMBER));

        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void someone_not_present_in_the_call_is_no_participant() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.leave(MEMBER, world.advance(10), LeaveReason.LEFT));

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> mute(call, OWNER, CAROL));
        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> mute(call, OWNER, MEMBER));

        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void nobody_is_muted_in_an_ended_call() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.end(world.advance(10)));

        assertFailsWith(ErrorCode.SESSION_ENDED, () -> mute(call, OWNER, MEMBER));

        assertThat(world.notifier.notices()).isEmpty();
    }
}
