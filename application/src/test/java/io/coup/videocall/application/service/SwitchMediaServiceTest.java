package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.MediaStateView;
import io.coup.videocall.application.port.in.call.SwitchMediaCommand;
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

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class SwitchMediaServiceTest {

    private final Fixture world = new Fixture();
    private final SwitchMediaService service = world.switchMedia();

    private MediaStateView switchMedia(SessionId call, UserId user, MediaKind kind, boolean on) {
        return service.switchMedia(new SwitchMediaCommand(STUDY, call, user, kind, on));
    }

    @Test
    void muting_then_unmuting_accounts_the_muted_time_and_reports_the_state() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(10);

        MediaStateView muted = switchMedia(call, MEMBER, MediaKind.AUDIO_MUTED, true);
        world.advance(42);
        MediaStateView unmuted = switchMedia(call, MEMBER, MediaKind.AUDIO_MUTED, false);
        world.advance(100);

        assertThat(muted.isMuted()).isTrue();
        assertThat(muted.userId()).isEqualTo(MEMBER.value());
        assertThat(muted.sessionId()).isEqualTo(call.value());
        assertThat(unmuted.isMuted()).isFalse();
        Participant mina = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(mina.mediaMillis(MediaKind.AUDIO_MUTED, world.now())).isEqualTo(42_000);
    }

    @Test
    void each_kind_is_accounted_on_its_own() {
        SessionId call = world.call(OWNER, OWNER);
        switchMedia(call, OWNER, MediaKind.VIDEO_OFF, true);
        world.advance(5);
        MediaStateView sharing = switchMedia(call, OWNER, MediaKind.SCREEN_SHARING, true);
        world.advance(7);
        switchMedia(call, OWNER, MediaKind.SCREEN_SHARING, false);
        switchMedia(call, OWNER, MediaKind.VIDEO_OFF, false);

        assertThat(sharing.isVideoOff()).isTrue();
        assertThat(sharing.isSharing()).isTrue();
        assertThat(sharing.isMuted()).isFalse();
        Participant olivia = world.stored(call).participant(OWNER).orElseThrow();
        assertThat(olivia.mediaMillis(MediaKind.VIDEO_OFF, world.now())).isEqualTo(12_000);
        assertThat(olivia.mediaMillis(MediaKind.SCREEN_SHARING, world.now())).isEqualTo(7_000);
        assertThat(olivia.mediaMillis(MediaKind.AUDIO_MUTED, world.now())).isZero();
    }

    @Test
    void switching_to_the_state_already_held_changes_nothing_and_saves_nothing() {
        SessionId call = world.call(OWNER, OWNER);
        switchMedia(call, OWNER, MediaKind.AUDIO_MUTED, true);
        int saves = world.sessions.saveCount();
        world.advance(30);

        MediaStateView again = switchMedia(call, OWNER, MediaKind.AUDIO_MUTED, true);

        assertThat(again.isMuted()).isTrue();
        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        assertThat(world.stored(call).participant(OWNER).orElseThrow().mediaMillis(MediaKind.AUDIO_MUTED, world.now()))
                .isEqualTo(30_000);
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_switch(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.switchMedia(new SwitchMediaCommand(study, call, caller, MediaKind.AUDIO_MUTED, true)));
    }

    @Test
    void a_member_who_is_not_in_the_call_cannot_switch() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> switchMedia(call, BOB, MediaKind.AUDIO_MUTED, true));
    }

    @Test
    void someone_who_left_cannot_switch_and_their_time_stays_closed() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> switchMedia(call, MEMBER, MediaKind.VIDEO_OFF, true));
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId elsewhere = world.call(OTHER_STUDY, Fixture.ZOE, Fixture.ZOE, MEMBER);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> switchMedia(elsewhere, MEMBER, MediaKind.AUDIO_MUTED, true));
    }

    @Test
    void an_ended_call_refuses_switches() {
        SessionId call = world.call(OWNER, OWNER);
        world.change(call, s -> s.end(world.now()));

        assertFailsWith(ErrorCode.SESSION_ENDED, () -> switchMedia(call, OWNER, MediaKind.AUDIO_MUTED, true));
    }
}
