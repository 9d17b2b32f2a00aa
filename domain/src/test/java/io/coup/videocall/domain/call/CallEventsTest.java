package io.coup.videocall.domain.call;

import io.coup.videocall.domain.call.CallEvent.Ended;
import io.coup.videocall.domain.call.CallEvent.Joined;
import io.coup.videocall.domain.call.CallEvent.Left;
import io.coup.videocall.domain.call.CallEvent.Started;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A call records each change of attendance once, whichever rule made it, and hands the record out once. */
class CallEventsTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final StudyId STUDY = StudyId.of("algo");
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A started call with {@code present} in it, its record so far taken. */
    private static VideoCallSession callWith(int maxParticipants, UserId... present) {
        VideoCallSession session = VideoCallSession.start(STUDY, null, ALICE, T0, MediaProvider.MESH, maxParticipants, false);
        for (UserId user : present) {
            session.admit(user, T0);
        }
        session.takeEvents();
        return session;
    }

    private static VideoCallSession callWith(UserId... present) {
        return callWith(10, present);
    }

    @Test
    void starting_records_the_start() {
        VideoCallSession session = VideoCallSession.start(STUDY, null, ALICE, T0, MediaProvider.MESH, 10, false);

        assertThat(session.takeEvents()).containsExactly(new Started(session.id()));
    }

    @Test
    void a_loaded_call_has_recorded_nothing() {
        VideoCallSession started = callWith(ALICE);
        VideoCallSession loaded = VideoCallSession.rehydrate(started.snapshot(), started.participantsHeld());
        VideoCallSession heldForBob = VideoCallSession.rehydrateFor(started.snapshot(), BOB, Optional.empty(),
                new VideoCallSession.Others(1, null));

        assertThat(loaded.takeEvents()).isEmpty();
        assertThat(heldForBob.takeEvents()).isEmpty();
    }

    @Test
    void a_first_join_and_a_return_are_joins_but_a_second_tab_is_not() {
        VideoCallSession session = callWith(ALICE);

        session.admit(BOB, at(1));
        session.admit(BOB, at(2));
        session.leave(BOB, at(3), LeaveReason.LEFT);
        session.admit(BOB, at(4));

        assertThat(session.takeEvents()).containsExactly(new Joined(session.id(), BOB),
                new Left(session.id(), BOB, LeaveReason.LEFT), new Joined(session.id(), BOB));
    }

    @Test
    void a_refused_admission_records_nothing() {
        VideoCallSession session = callWith(1, ALICE);

        assertThatThrownBy(() -> session.admit(BOB, at(1))).isInstanceOf(SessionFullException.class);

        assertThat(session.takeEvents()).isEmpty();
    }

    @Test
    void the_last_leave_is_recorded_before_the_end_it_causes_and_a_second_leave_not_at_all() {
        VideoCallSession session = callWith(ALICE, BOB);

        session.leave(BOB, at(1), LeaveReason.DISCONNECTED);
        session.leave(BOB, at(2), LeaveReason.LEFT);
        session.leave(ALICE, at(3), LeaveReason.LEFT);

        assertThat(session.takeEvents()).containsExactly(new Left(session.id(), BOB, LeaveReason.DISCONNECTED),
                new Left(session.id(), ALICE, LeaveReason.LEFT), new Ended(session.id()));
    }

    @Test
    void ending_records_a_session_ended_leave_of_those_present_only_then_the_end_once() {
        VideoCallSession session = callWith(ALICE, BOB);
        session.leave(BOB, at(1), LeaveReason.LEFT);
        session.takeEvents();

        session.end(at(2));
        session.end(at(3));

        assertThat(session.takeEvents()).containsExactly(new Left(session.id(), ALICE, LeaveReason.SESSION_ENDED),
                new Ended(session.id()));
    }

    @Test
    void a_kick_is_a_leave_for_kicked() {
        VideoCallSession session = callWith(ALICE, BOB);

        session.kick(BOB, at(1));

        assertThat(session.takeEvents()).containsExactly(new Left(session.id(), BOB, LeaveReason.KICKED));
    }

    @Test
    void reaping_records_a_reaped_leave_of_each_one_closed_and_the_end() {
        VideoCallSession session = callWith(ALICE, BOB);
        Staleness staleness = new Staleness(Duration.ofSeconds(90), Duration.ofHours(12));

        session.reap(Map.of(ALICE, at(600), BOB, at(590)), staleness, at(700));

        assertThat(session.takeEvents()).containsExactly(new Left(session.id(), ALICE, LeaveReason.REAPED),
                new Left(session.id(), BOB, LeaveReason.REAPED), new Ended(session.id()));
    }

    @Test
    void reaping_the_absent_on_the_media_server_records_their_leave() {
        VideoCallSession session = callWith(ALICE, BOB);

        session.reapAbsent(Set.of(ALICE), at(10), at(20));

        assertThat(session.takeEvents()).containsExactly(new Left(session.id(), BOB, LeaveReason.REAPED));
    }

    @Test
    void events_are_handed_out_once() {
        VideoCallSession session = callWith(ALICE);
        session.admit(BOB, at(1));

        List<CallEvent> first = session.takeEvents();

        assertThat(first).containsExactly(new Joined(session.id(), BOB));
        assertThat(session.takeEvents()).isEmpty();
    }
}
