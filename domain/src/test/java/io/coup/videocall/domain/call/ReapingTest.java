package io.coup.videocall.domain.call;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §6.3: after a crash, the reaper closes who is gone at the instant they were last seen. */
class ReapingTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final StudyId STUDY = StudyId.of("algo");
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    /** Gone 90 s after the last report of a connection, 12 h after the visit began without one. */
    private static final Staleness STALENESS = new Staleness(Duration.ofSeconds(90), Duration.ofHours(12));

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static VideoCallSession callWith(UserId... present) {
        VideoCallSession session = VideoCallSession.start(STUDY, null, ALICE, T0, MediaProvider.MESH, 10, false);
        for (UserId user : present) {
            session.admit(user, T0);
        }
        return session;
    }

    @Test
    void a_participant_whose_connection_stopped_reporting_is_closed_at_the_last_report_and_the_empty_call_ends() {
        VideoCallSession session = callWith(ALICE, BOB);

        assertThat(session.reap(Map.of(ALICE, at(600), BOB, at(590)), STALENESS, at(691))).containsExactly(ALICE, BOB);

        assertThat(session.participant(ALICE).orElseThrow().segments())
                .containsExactly(new AttendanceSegment(T0, at(600), LeaveReason.REAPED));
        assertThat(session.participant(BOB).orElseThrow().attendedMillis(at(10_000))).isEqualTo(590_000);
        assertThat(session.isEnded()).isTrue();
        assertThat(session.endedAt()).as("the last leave, not the reaping").isEqualTo(at(600));
    }

    @Test
    void a_participant_reported_within_the_stale_time_stays() {
        VideoCallSession session = callWith(ALICE, BOB);

        assertThat(session.reap(Map.of(ALICE, at(600), BOB, at(520)), STALENESS, at(690))).containsExactly(BOB);

        assertThat(session.participant(ALICE).orElseThrow().isPresent()).as("exactly 90 s is not yet stale").isTrue();
        assertThat(session.participant(BOB).orElseThrow().leftAt()).isEqualTo(at(520));
        assertThat(session.isEnded()).as("someone is still there").isFalse();
    }

    @Test
    void media_time_stops_at_the_last_report_too() {
        VideoCallSession session = callWith(ALICE);
        session.switchMedia(ALICE, MediaKind.AUDIO_MUTED, true, at(100));

        session.reap(Map.of(ALICE, at(400)), STALENESS, at(10_000));

        assertThat(session.participant(ALICE).orElseThrow().mediaMillis(MediaKind.AUDIO_MUTED, at(10_000)))
                .isEqualTo(300_000);
    }

    @Test
    void a_participant_never_reported_by_a_connection_is_judged_on_the_visit_start_with_the_long_stale_time() {
        VideoCallSession session = callWith(ALICE);

        assertThat(session.reap(Map.of(), STALENESS, at(12 * 3600))).isEmpty();
        assertThat(session.reap(Map.of(), STALENESS, at(12 * 3600 + 1))).containsExactly(ALICE);

        assertThat(session.participant(ALICE).orElseThrow().segments())
                .containsExactly(new AttendanceSegment(T0, T0, LeaveReason.REAPED));
        assertThat(session.endedAt()).isEqualTo(T0);
    }

    @Test
    void a_report_from_an_earlier_visit_does_not_count_for_the_current_one() {
        VideoCallSession session = callWith(ALICE, BOB);
        session.leave(ALICE, at(100), LeaveReason.LEFT);
        session.admit(ALICE, at(200));

        assertThat(session.reap(Map.of(ALICE, at(90), BOB, at(10_000)), STALENESS, at(10_000)))
                .as("Alice came back through REST only: she has 12 h from her return").isEmpty();
        assertThat(session.participant(ALICE).orElseThrow().segments()).hasSize(2);
    }

    @Test
    void a_call_nobody_ever_joined_ends_at_its_start_once_abandoned() {
        VideoCallSession fresh = callWith();
        VideoCallSession old = callWith();

        assertThat(fresh.reap(Map.of(), STALENESS, at(3600))).isEmpty();
        assertThat(old.reap(Map.of(), STALENESS, at(13 * 3600))).isEmpty();

        assertThat(fresh.isEnded()).isFalse();
        assertThat(old.endedAt()).isEqualTo(T0);
        assertThat(old.durationSeconds()).isZero();
    }

    @Test
    void reaping_an_ended_call_changes_nothing() {
        VideoCallSession session = callWith(ALICE);
        session.end(at(60));

        assertThat(session.reap(Map.of(), STALENESS, at(100_000))).isEmpty();

        assertThat(session.endedAt()).isEqualTo(at(60));
        assertThat(session.participant(ALICE).orElseThrow().segments().get(0).leaveReason())
                .isEqualTo(LeaveReason.SESSION_ENDED);
    }

    @Test
    void stale_times_must_be_positive() {
        assertThatThrownBy(() -> new Staleness(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Staleness(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
