package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Media time (muted, video off, sharing) is accounted in milliseconds and only while present. */
class ParticipantMediaTimeTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final UserId HOST = UserId.of("host");
    private static final UserId BOB = UserId.of("bob");

    private VideoCallSession session;

    private static Instant ms(long millis) {
        return T0.plusMillis(millis);
    }

    @BeforeEach
    void bob_and_the_host_are_in_a_call() {
        session = VideoCallSession.start(StudyId.of("s1"), null, HOST, T0, MediaProvider.MESH, 10, false);
        session.admit(HOST, T0);
        session.admit(BOB, T0);
    }

    private Participant bob() {
        return session.participant(BOB).orElseThrow();
    }

    @Test
    void short_mutes_accumulate_in_milliseconds() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(1_000));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(2_500));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(10_000));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(11_500));

        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(60_000))).isEqualTo(3_000L);
        assertThat(bob().isMuted()).isFalse();
    }

    @Test
    void a_running_interval_counts_up_to_now() {
        session.switchMedia(BOB, MediaKind.VIDEO_OFF, true, ms(1_000));

        assertThat(bob().isVideoOff()).isTrue();
        assertThat(bob().mediaMillis(MediaKind.VIDEO_OFF, ms(4_250))).isEqualTo(3_250L);
    }

    @Test
    void switching_on_what_is_already_on_does_not_restart_the_interval() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(0));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(60_000));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(120_000));

        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(999_000))).isEqualTo(120_000L);
    }

    @Test
    void switching_off_what_is_already_off_changes_nothing() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(0));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(5_000));
        MediaTimer before = bob().mediaTimer(MediaKind.AUDIO_MUTED);

        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(9_000));

        assertThat(bob().mediaTimer(MediaKind.AUDIO_MUTED)).isEqualTo(before);
        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(20_000))).isEqualTo(5_000L);
    }

    @Test
    void the_three_media_kinds_are_independent() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(0));
        session.switchMedia(BOB, MediaKind.VIDEO_OFF, true, ms(1_000));
        session.switchMedia(BOB, MediaKind.SCREEN_SHARING, true, ms(2_000));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, false, ms(3_000));

        Participant bob = bob();
        assertThat(bob.isMuted()).isFalse();
        assertThat(bob.isVideoOff()).isTrue();
        assertThat(bob.isSharing()).isTrue();
        assertThat(bob.mediaMillis(MediaKind.AUDIO_MUTED, ms(10_000))).isEqualTo(3_000L);
        assertThat(bob.mediaMillis(MediaKind.VIDEO_OFF, ms(10_000))).isEqualTo(9_000L);
        assertThat(bob.mediaMillis(MediaKind.SCREEN_SHARING, ms(10_000))).isEqualTo(8_000L);
    }

    @Test
    void leaving_closes_running_media_intervals_at_the_leave_instant() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(1_000));
        session.switchMedia(BOB, MediaKind.SCREEN_SHARING, true, ms(2_000));

        session.leave(BOB, ms(4_000), LeaveReason.LEFT);

        Participant bob = bob();
        assertThat(bob.isMuted()).isFalse();
        assertThat(bob.isSharing()).isFalse();
        assertThat(bob.mediaMillis(MediaKind.AUDIO_MUTED, ms(100_000))).isEqualTo(3_000L);
        assertThat(bob.mediaMillis(MediaKind.SCREEN_SHARING, ms(100_000))).isEqualTo(2_000L);
    }

    @Test
    void media_state_does_not_carry_over_to_the_next_visit() {
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(1_000));
        session.leave(BOB, ms(4_000), LeaveReason.LEFT);

        session.admit(BOB, ms(60_000));

        assertThat(bob().isMuted()).isFalse();
        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(90_000))).isEqualTo(3_000L);
    }

    @Test
    void time_away_is_not_counted_as_media_time() {
        session.switchMedia(BOB, MediaKind.VIDEO_OFF, true, ms(0));
        session.leave(BOB, ms(10_000), LeaveReason.LEFT);
        session.admit(BOB, ms(70_000));
        session.switchMedia(BOB, MediaKind.VIDEO_OFF, true, ms(70_000));

        assertThat(bob().mediaMillis(MediaKind.VIDEO_OFF, ms(75_000))).isEqualTo(15_000L);
    }

    @Test
    void the_end_of_the_call_closes_running_media_intervals() {
        session.switchMedia(BOB, MediaKind.SCREEN_SHARING, true, ms(5_000));

        session.end(ms(8_000));

        assertThat(bob().isSharing()).isFalse();
        assertThat(bob().mediaMillis(MediaKind.SCREEN_SHARING, ms(50_000))).isEqualTo(3_000L);
    }

    @Test
    void a_late_drop_report_closes_media_no_later_than_the_segment() {
        session.leave(BOB, ms(1_000), LeaveReason.LEFT);
        session.admit(BOB, ms(10_000));
        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(12_000));

        session.leave(BOB, ms(5_000), LeaveReason.DISCONNECTED);

        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(50_000))).isZero();
    }

    @Test
    void toggling_when_not_present_is_refused() {
        session.leave(BOB, ms(1_000), LeaveReason.LEFT);

        assertThatThrownBy(() -> session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(2_000)))
                .isInstanceOf(ParticipantNotPresentException.class)
                .extracting(e -> ((ParticipantNotPresentException) e).code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND);
        assertThat(bob().isMuted()).isFalse();
    }

    @Test
    void toggling_by_someone_who_never_joined_is_participant_not_found() {
        assertThatThrownBy(() -> session.switchMedia(UserId.of("carol"), MediaKind.AUDIO_MUTED, true, ms(2_000)))
                .isInstanceOf(ParticipantNotFoundException.class);
    }

    @Test
    void attended_time_of_a_present_participant_counts_up_to_now() {
        assertThat(bob().attendedMillis(ms(12_345))).isEqualTo(12_345L);
    }

    @Test
    void attended_time_sums_closed_segments_and_the_open_one() {
        session.leave(BOB, ms(10_000), LeaveReason.LEFT);
        session.admit(BOB, ms(50_000));

        assertThat(bob().attendedMillis(ms(53_500))).isEqualTo(13_500L);
    }

    @Test
    void a_toggle_reported_from_before_the_visit_counts_only_from_the_visit_start() {
        session.leave(BOB, ms(1_000), LeaveReason.LEFT);
        session.admit(BOB, ms(5_000));

        session.switchMedia(BOB, MediaKind.AUDIO_MUTED, true, ms(2_000));

        assertThat(bob().mediaMillis(MediaKind.AUDIO_MUTED, ms(6_000))).isEqualTo(1_000);
    }

    @Test
    void a_rejoin_reported_before_the_last_leave_does_not_credit_the_overlap_twice() {
        session.leave(BOB, ms(10_000), LeaveReason.LEFT);
        session.admit(BOB, ms(8_000));

        assertThat(bob().attendedMillis(ms(12_000))).isEqualTo(12_000);
    }
}
