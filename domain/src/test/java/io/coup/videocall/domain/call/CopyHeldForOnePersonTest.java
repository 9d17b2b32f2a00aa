package io.coup.videocall.domain.call;

import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A copy of the call held for one person ({@link VideoCallSession#rehydrateFor}) keeps the aggregate's rules with the
 * others known only in brief, and refuses what would need them in full.
 */
class CopyHeldForOnePersonTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A call of at most {@code max} that Alice started, copied for Bob with his participant, if any. */
    private static VideoCallSession heldForBob(int max, Optional<Participant> bob, VideoCallSession.Others others) {
        VideoCallSession call = VideoCallSession.start(StudyId.of("s1"), null, ALICE, T0, MediaProvider.MESH, max, false);
        return VideoCallSession.rehydrateFor(call.snapshot(), BOB, bob, others);
    }

    private static Participant bobWhoLeftAt(long seconds) {
        VideoCallSession call = VideoCallSession.start(StudyId.of("s1"), null, ALICE, T0, MediaProvider.MESH, 10, false);
        call.admit(ALICE, T0);
        call.admit(BOB, at(1));
        call.leave(BOB, at(seconds), LeaveReason.LEFT);
        return call.participant(BOB).orElseThrow();
    }

    @Test
    void a_first_join_counts_the_others_present_against_the_maximum() {
        VideoCallSession full = heldForBob(3, Optional.empty(), new VideoCallSession.Others(3, null));
        VideoCallSession room = heldForBob(3, Optional.empty(), new VideoCallSession.Others(2, null));

        assertThatThrownBy(() -> full.admit(BOB, at(5))).isInstanceOf(SessionFullException.class);
        Participant bob = room.admit(BOB, at(5));

        assertThat(bob.isPresent()).isTrue();
        assertThat(room.presentCount()).isEqualTo(3);
        assertThat(room.participantsHeld()).containsExactly(bob);
    }

    @Test
    void a_return_adds_a_segment_to_the_participant_it_holds() {
        VideoCallSession call = heldForBob(10, Optional.of(bobWhoLeftAt(60)), new VideoCallSession.Others(1, null));

        Participant bob = call.admit(BOB, at(120));

        assertThat(bob.segments()).hasSize(2);
        assertThat(bob.attendedMillis(at(180))).isEqualTo(119_000);
    }

    @Test
    void the_last_to_leave_ends_the_call_no_earlier_than_the_others_last_leave() {
        VideoCallSession call = heldForBob(10, Optional.empty(), new VideoCallSession.Others(0, at(90)));
        call.admit(BOB, at(10));

        call.leave(BOB, at(60), LeaveReason.LEFT);

        assertThat(call.isEnded()).isTrue();
        assertThat(call.endedAt()).isEqualTo(at(90));
    }

    @Test
    void a_leave_while_others_are_present_keeps_the_call_going() {
        VideoCallSession call = heldForBob(10, Optional.empty(), new VideoCallSession.Others(1, null));
        call.admit(BOB, at(10));

        assertThat(call.leave(BOB, at(60), LeaveReason.LEFT)).isTrue();

        assertThat(call.isEnded()).isFalse();
        assertThat(call.presentCount()).isEqualTo(1);
    }

    @Test
    void kicking_the_person_it_holds_bars_them_and_may_end_the_call() {
        VideoCallSession call = heldForBob(10, Optional.empty(), new VideoCallSession.Others(0, at(5)));
        call.admit(BOB, at(10));

        call.kick(BOB, at(30));

        assertThat(call.endedAt()).isEqualTo(at(30));
        assertThat(call.participant(BOB).orElseThrow().isKicked()).isTrue();
    }

    @Test
    void it_answers_nothing_about_anyone_else() {
        VideoCallSession call = heldForBob(10, Optional.empty(), new VideoCallSession.Others(1, null));

        assertThatThrownBy(() -> call.admit(ALICE, at(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.participant(ALICE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.leave(ALICE, at(1), LeaveReason.LEFT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.switchMedia(ALICE, MediaKind.VIDEO_OFF, true, at(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void it_refuses_what_needs_every_participant() {
        VideoCallSession call = heldForBob(10, Optional.empty(), new VideoCallSession.Others(1, null));

        assertThatThrownBy(() -> call.end(at(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.endAsReported(at(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.reapAbsent(Set.of(), at(1), at(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> call.reap(Map.of(), new Staleness(Duration.ofSeconds(30), Duration.ofSeconds(60)), at(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(call::participants).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(call::presentParticipants).isInstanceOf(IllegalStateException.class);
        assertThat(call.holdsEveryone()).isFalse();
    }

    @Test
    void a_copy_held_for_one_person_holds_no_one_else() {
        VideoCallSession call = VideoCallSession.start(StudyId.of("s1"), null, ALICE, T0, MediaProvider.MESH, 10, false);
        Participant alice = call.admit(ALICE, T0);

        assertThatThrownBy(() -> VideoCallSession.rehydrateFor(call.snapshot(), BOB, Optional.of(alice),
                new VideoCallSession.Others(0, null))).isInstanceOf(IllegalArgumentException.class);
    }
}
