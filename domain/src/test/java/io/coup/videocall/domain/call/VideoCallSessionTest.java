package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class VideoCallSessionTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final StudyId STUDY = StudyId.of("algo-study_1");
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static VideoCallSession started() {
        return startedWithMax(10);
    }

    private static VideoCallSession startedWithMax(int maxParticipants) {
        return VideoCallSession.start(STUDY, "Weekly sync", ALICE, T0, MediaProvider.MESH, maxParticipants, false);
    }

    @Nested
    class Starting {

        @Test
        void the_room_id_is_the_study_and_the_session_id() {
            VideoCallSession session = started();

            assertThat(session.roomId().value()).isEqualTo("study-algo-study_1-" + session.id().value());
        }

        @Test
        void two_sessions_of_one_study_get_different_rooms() {
            VideoCallSession first = started();
            VideoCallSession second = started();

            assertThat(first.id()).isNotEqualTo(second.id());
            assertThat(first.roomId()).isNotEqualTo(second.roomId());
        }

        @Test
        void a_new_session_is_running_and_empty() {
            VideoCallSession session = started();

            assertThat(session.isEnded()).isFalse();
            assertThat(session.endedAt()).isNull();
            assertThat(session.durationSeconds()).isNull();
            assertThat(session.participants()).isEmpty();
            assertThat(session.startedBy()).isEqualTo(ALICE);
            assertThat(session.wasStartedBy(ALICE)).isTrue();
            assertThat(session.startedAt()).isEqualTo(T0);
        }

        @Test
        void a_blank_name_means_no_title() {
            VideoCallSession session = VideoCallSession.start(STUDY, "   ", ALICE, T0, MediaProvider.MESH, 10, false);

            assertThat(session.name()).isNull();
        }

        @Test
        void a_name_longer_than_100_characters_is_rejected() {
            assertThatThrownBy(() -> VideoCallSession.start(STUDY, "x".repeat(101), ALICE, T0, MediaProvider.MESH, 10, false))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        }

        @Test
        void max_participants_must_be_at_least_one() {
            assertThatThrownBy(() -> startedWithMax(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_snapshot_rehydrates_to_the_same_session() {
            VideoCallSession session = started();
            session.admit(BOB, at(5));

            VideoCallSession copy = VideoCallSession.rehydrate(session.snapshot(), session.participants());

            assertThat(copy.snapshot()).isEqualTo(session.snapshot());
            assertThat(copy.participant(BOB)).isPresent();
            assertThat(copy.presentCount()).isEqualTo(1);
        }
    }

    @Nested
    class Admitting {

        @Test
        void admitting_opens_one_segment_at_the_join_instant() {
            VideoCallSession session = started();

            Participant bob = session.admit(BOB, at(5));

            assertThat(bob.userId()).isEqualTo(BOB);
            assertThat(bob.isPresent()).isTrue();
            assertThat(bob.joinedAt()).isEqualTo(at(5));
            assertThat(bob.leftAt()).isNull();
            assertThat(bob.segments()).containsExactly(new AttendanceSegment(at(5), null, null));
        }

        @Test
        void admitting_a_present_participant_again_is_idempotent() {
            VideoCallSession session = started();
            Participant first = session.admit(BOB, at(5));

            Participant second = session.admit(BOB, at(30));

            assertThat(second).isSameAs(first);
            assertThat(second.segments()).containsExactly(new AttendanceSegment(at(5), null, null));
            assertThat(session.participants()).hasSize(1);
        }

        @Test
        void an_ended_session_refuses_admission() {
            VideoCallSession session = started();
            session.end(at(60));

            assertThatThrownBy(() -> session.admit(BOB, at(61)))
                    .isInstanceOf(SessionEndedException.class)
                    .extracting(e -> ((SessionEndedException) e).code()).isEqualTo(ErrorCode.SESSION_ENDED);
        }

        @Test
        void an_ended_session_refuses_even_its_former_participants() {
            VideoCallSession session = started();
            session.admit(BOB, at(0));
            session.leave(BOB, at(10), LeaveReason.LEFT);

            assertThatThrownBy(() -> session.admit(BOB, at(20))).isInstanceOf(SessionEndedException.class);
        }
    }

    @Nested
    class LeavingAndRejoining {

        @Test
        void leaving_closes_the_open_segment_with_the_reason() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));

            boolean left = session.leave(BOB, at(70), LeaveReason.LEFT);

            Participant bob = session.participant(BOB).orElseThrow();
            assertThat(left).isTrue();
            assertThat(bob.isPresent()).isFalse();
            assertThat(bob.leftAt()).isEqualTo(at(70));
            assertThat(bob.segments()).containsExactly(new AttendanceSegment(at(10), at(70), LeaveReason.LEFT));
        }

        @Test
        void rejoining_opens_a_new_segment_and_credits_no_time_away() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(BOB, at(600), LeaveReason.LEFT);           // 10 min in
            Participant bob = session.admit(BOB, at(1800));          // 20 min away
            session.leave(BOB, at(2100), LeaveReason.DISCONNECTED);  // 5 min in

            assertThat(bob.segments()).extracting(AttendanceSegment::joinedAt, AttendanceSegment::leftAt,
                            AttendanceSegment::leaveReason)
                    .containsExactly(
                            tuple(at(0), at(600), LeaveReason.LEFT),
                            tuple(at(1800), at(2100), LeaveReason.DISCONNECTED));
            assertThat(bob.attendedMillis(at(9999))).isEqualTo(900_000L);
        }

        @Test
        void a_returning_participant_keeps_identity_and_first_join_instant() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            Participant first = session.admit(BOB, at(5));
            session.leave(BOB, at(10), LeaveReason.LEFT);

            Participant again = session.admit(BOB, at(20));

            assertThat(again).isSameAs(first);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.joinedAt()).isEqualTo(at(5));
            assertThat(again.leftAt()).isNull();
            assertThat(session.participants()).hasSize(2);
        }

        @Test
        void leaving_twice_is_harmless() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(BOB, at(10), LeaveReason.LEFT);

            boolean second = session.leave(BOB, at(20), LeaveReason.LEFT);

            Participant bob = session.participant(BOB).orElseThrow();
            assertThat(second).isFalse();
            assertThat(bob.segments()).containsExactly(new AttendanceSegment(at(0), at(10), LeaveReason.LEFT));
            assertThat(bob.leftAt()).isEqualTo(at(10));
            assertThat(session.isEnded()).isFalse();
        }

        @Test
        void leaving_a_session_one_never_joined_is_participant_not_found() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));

            assertThatThrownBy(() -> session.leave(BOB, at(10), LeaveReason.LEFT))
                    .isInstanceOf(ParticipantNotFoundException.class)
                    .extracting(e -> ((ParticipantNotFoundException) e).code()).isEqualTo(ErrorCode.PARTICIPANT_NOT_FOUND);
        }

        @Test
        void a_late_drop_report_before_the_segment_start_closes_it_with_zero_length() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(BOB, at(100), LeaveReason.LEFT);
            session.admit(BOB, at(200));

            session.leave(BOB, at(150), LeaveReason.DISCONNECTED);

            Participant bob = session.participant(BOB).orElseThrow();
            assertThat(bob.segments().get(1)).isEqualTo(new AttendanceSegment(at(200), at(200), LeaveReason.DISCONNECTED));
            assertThat(bob.attendedMillis(at(9999))).isEqualTo(100_000L);
        }
    }

    @Nested
    class AutomaticEnd {

        @Test
        void the_session_ends_when_the_last_present_participant_leaves() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));
            session.leave(ALICE, at(100), LeaveReason.LEFT);

            session.leave(BOB, at(250), LeaveReason.LEFT);

            assertThat(session.isEnded()).isTrue();
            assertThat(session.endedAt()).isEqualTo(at(250));
            assertThat(session.durationSeconds()).isEqualTo(250L);
        }

        @Test
        void the_session_goes_on_while_someone_is_still_present() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));

            session.leave(ALICE, at(100), LeaveReason.LEFT);

            assertThat(session.isEnded()).isFalse();
            assertThat(session.endedAt()).isNull();
            assertThat(session.presentParticipants()).extracting(Participant::userId).containsExactly(BOB);
        }

        @Test
        void a_late_drop_report_of_the_last_person_does_not_end_the_call_before_the_latest_leave() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(ALICE, at(300), LeaveReason.LEFT);

            session.leave(BOB, at(200), LeaveReason.DISCONNECTED);

            assertThat(session.endedAt()).isEqualTo(at(300));
        }
    }

    @Nested
    class MediaServerReports {

        @Test
        void a_visit_was_present_at_its_start_and_after_but_not_before() {
            VideoCallSession session = started();
            Participant bob = session.admit(BOB, at(10));

            assertThat(bob.wasPresentAt(at(10))).isTrue();
            assertThat(bob.wasPresentAt(at(50))).isTrue();
            assertThat(bob.wasPresentAt(at(9))).isFalse();
        }

        @Test
        void after_leaving_and_coming_back_the_earlier_visit_is_not_the_present_one() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(BOB, at(100), LeaveReason.LEFT);
            Participant bob = session.participant(BOB).orElseThrow();

            assertThat(bob.wasPresentAt(at(50))).as("gone").isFalse();
            session.admit(BOB, at(200));
            assertThat(bob.wasPresentAt(at(150))).as("came back at 200").isFalse();
            assertThat(bob.wasPresentAt(at(250))).isTrue();
        }

        @Test
        void a_reported_room_close_ends_the_call_at_that_instant() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));

            assertThat(session.endAsReported(at(60))).isTrue();

            assertThat(session.endedAt()).isEqualTo(at(60));
            assertThat(session.participant(BOB).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(10), at(60), LeaveReason.SESSION_ENDED));
        }

        @Test
        void a_room_close_reported_before_someone_came_back_does_not_end_the_call() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.leave(BOB, at(10), LeaveReason.LEFT);
            session.admit(BOB, at(30));

            assertThat(session.endAsReported(at(20))).isFalse();

            assertThat(session.isEnded()).isFalse();
            assertThat(session.participant(BOB).orElseThrow().isPresent()).isTrue();
        }

        @Test
        void a_room_close_reported_for_an_ended_call_changes_nothing() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.end(at(100));

            assertThat(session.endAsReported(at(200))).isFalse();
            assertThat(session.endedAt()).isEqualTo(at(100));
        }

        @Test
        void reaping_closes_settled_visits_without_a_connection_and_spares_the_connected_and_the_fresh() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.admit(CAROL, at(95));

            List<UserId> reaped = session.reapAbsent(Set.of(ALICE), at(70), at(100));

            assertThat(reaped).containsExactly(BOB);
            assertThat(session.participant(BOB).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(0), at(100), LeaveReason.REAPED));
            assertThat(session.participant(ALICE).orElseThrow().isPresent()).isTrue();
            assertThat(session.participant(CAROL).orElseThrow().isPresent()).as("joined after the settle line").isTrue();
            assertThat(session.isEnded()).isFalse();
        }

        @Test
        void reaping_the_last_person_ends_the_call_at_the_same_instant() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(5));

            List<UserId> reaped = session.reapAbsent(Set.of(), at(70), at(100));

            assertThat(reaped).containsExactlyInAnyOrder(ALICE, BOB);
            assertThat(session.endedAt()).isEqualTo(at(100));
        }

        @Test
        void a_settled_call_with_nobody_present_or_connected_ends() {
            VideoCallSession session = started();

            assertThat(session.reapAbsent(Set.of(), at(70), at(100))).isEmpty();
            assertThat(session.endedAt()).isEqualTo(at(100));
        }

        @Test
        void a_fresh_empty_call_or_one_with_a_connection_is_left_running() {
            VideoCallSession fresh = started();
            fresh.reapAbsent(Set.of(), T0.minusSeconds(1), at(29));
            VideoCallSession connected = started();
            connected.reapAbsent(Set.of(BOB), at(70), at(100));

            assertThat(fresh.isEnded()).isFalse();
            assertThat(connected.isEnded()).isFalse();
        }

        @Test
        void reaping_an_ended_call_changes_nothing() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.end(at(50));

            assertThat(session.reapAbsent(Set.of(), at(70), at(100))).isEmpty();
            assertThat(session.endedAt()).isEqualTo(at(50));
        }
    }

    @Nested
    class ExplicitEnd {

        @Test
        void ending_closes_every_open_segment_with_session_ended() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));
            session.admit(CAROL, at(20));
            session.leave(CAROL, at(30), LeaveReason.LEFT);

            boolean ended = session.end(at(100));

            assertThat(ended).isTrue();
            assertThat(session.endedAt()).isEqualTo(at(100));
            assertThat(session.presentCount()).isZero();
            assertThat(session.participant(ALICE).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(0), at(100), LeaveReason.SESSION_ENDED));
            assertThat(session.participant(BOB).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(10), at(100), LeaveReason.SESSION_ENDED));
            assertThat(session.participant(CAROL).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(20), at(30), LeaveReason.LEFT));
        }

        @Test
        void ending_an_ended_session_changes_nothing() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.end(at(100));

            boolean again = session.end(at(200));

            assertThat(again).isFalse();
            assertThat(session.endedAt()).isEqualTo(at(100));
            assertThat(session.participant(ALICE).orElseThrow().segments())
                    .containsExactly(new AttendanceSegment(at(0), at(100), LeaveReason.SESSION_ENDED));
        }

        @Test
        void ending_an_empty_session_works() {
            VideoCallSession session = started();

            assertThat(session.end(at(42))).isTrue();
            assertThat(session.endedAt()).isEqualTo(at(42));
        }

        @Test
        void leaving_after_the_end_changes_nothing() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.end(at(100));

            boolean left = session.leave(ALICE, at(150), LeaveReason.LEFT);

            assertThat(left).isFalse();
            assertThat(session.endedAt()).isEqualTo(at(100));
            assertThat(session.participant(ALICE).orElseThrow().leftAt()).isEqualTo(at(100));
        }
    }

    @Nested
    class Capacity {

        @Test
        void the_person_beyond_the_maximum_is_refused_as_full() {
            VideoCallSession session = startedWithMax(2);
            session.admit(ALICE, at(0));
            session.admit(BOB, at(1));

            assertThatThrownBy(() -> session.admit(CAROL, at(2)))
                    .isInstanceOf(SessionFullException.class)
                    .satisfies(e -> {
                        SessionFullException full = (SessionFullException) e;
                        assertThat(full.code()).isEqualTo(ErrorCode.SESSION_FULL);
                        assertThat(full.details()).containsEntry("maxParticipants", 2);
                    });
            assertThat(session.participant(CAROL)).isEmpty();
        }

        @Test
        void a_present_person_re_admitted_in_a_full_session_is_fine() {
            VideoCallSession session = startedWithMax(2);
            session.admit(ALICE, at(0));
            session.admit(BOB, at(1));

            Participant again = session.admit(BOB, at(2));

            assertThat(again.segments()).hasSize(1);
            assertThat(session.presentCount()).isEqualTo(2);
        }

        @Test
        void a_person_who_left_frees_a_place() {
            VideoCallSession session = startedWithMax(2);
            session.admit(ALICE, at(0));
            session.admit(BOB, at(1));
            session.leave(BOB, at(2), LeaveReason.LEFT);

            Participant carol = session.admit(CAROL, at(3));

            assertThat(carol.isPresent()).isTrue();
            assertThat(session.presentCount()).isEqualTo(2);
        }

        @Test
        void a_person_who_left_cannot_return_while_their_place_is_taken() {
            VideoCallSession session = startedWithMax(2);
            session.admit(ALICE, at(0));
            session.admit(BOB, at(1));
            session.leave(BOB, at(2), LeaveReason.LEFT);
            session.admit(CAROL, at(3));

            assertThatThrownBy(() -> session.admit(BOB, at(4))).isInstanceOf(SessionFullException.class);
            assertThat(session.participant(BOB).orElseThrow().segments()).hasSize(1);
        }
    }

    @Nested
    class Kicking {

        @Test
        void kicking_closes_the_segment_as_kicked_and_marks_the_participant() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));

            session.kick(BOB, at(40));

            Participant bob = session.participant(BOB).orElseThrow();
            assertThat(bob.isKicked()).isTrue();
            assertThat(bob.isPresent()).isFalse();
            assertThat(bob.segments()).containsExactly(new AttendanceSegment(at(10), at(40), LeaveReason.KICKED));
            assertThat(session.isEnded()).isFalse();
        }

        @Test
        void a_kicked_person_cannot_rejoin() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));
            session.kick(BOB, at(40));

            assertThatThrownBy(() -> session.admit(BOB, at(50)))
                    .isInstanceOf(KickedException.class)
                    .extracting(e -> ((KickedException) e).code()).isEqualTo(ErrorCode.KICKED);
            assertThat(session.participant(BOB).orElseThrow().segments()).hasSize(1);
        }

        @Test
        void kicking_the_last_present_person_ends_the_call() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));
            session.leave(ALICE, at(20), LeaveReason.LEFT);

            session.kick(BOB, at(40));

            assertThat(session.isEnded()).isTrue();
            assertThat(session.endedAt()).isEqualTo(at(40));
        }

        @Test
        void kicking_someone_who_never_joined_is_participant_not_found() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));

            assertThatThrownBy(() -> session.kick(BOB, at(10))).isInstanceOf(ParticipantNotFoundException.class);
        }

        @Test
        void kicking_in_an_ended_session_is_refused() {
            VideoCallSession session = started();
            session.admit(BOB, at(0));
            session.end(at(10));

            assertThatThrownBy(() -> session.kick(BOB, at(20))).isInstanceOf(SessionEndedException.class);
        }

        @Test
        void kicking_someone_who_already_left_keeps_them_out() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(10));
            session.leave(BOB, at(20), LeaveReason.LEFT);

            session.kick(BOB, at(30));

            Participant bob = session.participant(BOB).orElseThrow();
            assertThat(bob.segments()).containsExactly(new AttendanceSegment(at(10), at(20), LeaveReason.LEFT));
            assertThatThrownBy(() -> session.admit(BOB, at(40))).isInstanceOf(KickedException.class);
        }
    }

    @Nested
    class CallDuration {

        @Test
        void the_duration_of_a_running_call_counts_up_to_now() {
            VideoCallSession session = started();

            assertThat(session.durationSeconds(at(90))).isEqualTo(90L);
            assertThat(session.durationSeconds()).isNull();
        }

        @Test
        void the_duration_floors_to_whole_seconds() {
            VideoCallSession session = started();
            session.end(T0.plusMillis(61_999));

            assertThat(session.durationSeconds()).isEqualTo(61L);
        }

        @Test
        void the_duration_of_an_ended_call_ignores_now() {
            VideoCallSession session = started();
            session.end(at(30));

            assertThat(session.durationSeconds(at(5000))).isEqualTo(30L);
        }

        @Test
        void an_end_reported_before_the_start_gives_a_zero_duration() {
            VideoCallSession session = started();
            session.end(T0.minusSeconds(5));

            assertThat(session.endedAt()).isEqualTo(T0);
            assertThat(session.durationSeconds()).isZero();
        }
    }

    @Nested
    class InCallChat {

        @Test
        void a_present_participant_s_message_is_counted() {
            VideoCallSession session = started();
            session.admit(BOB, at(0));

            session.countMessage(BOB);
            session.countMessage(BOB);

            assertThat(session.participant(BOB).orElseThrow().messageCount()).isEqualTo(2);
        }

        @Test
        void a_message_of_someone_who_left_is_refused_and_not_counted() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));
            session.admit(BOB, at(0));
            session.countMessage(BOB);
            session.leave(BOB, at(10), LeaveReason.LEFT);

            assertThatThrownBy(() -> session.countMessage(BOB)).isInstanceOf(ParticipantNotPresentException.class);
            assertThat(session.participant(BOB).orElseThrow().messageCount()).isEqualTo(1);
        }

        @Test
        void a_message_of_someone_who_never_joined_is_participant_not_found() {
            VideoCallSession session = started();
            session.admit(ALICE, at(0));

            assertThatThrownBy(() -> session.countMessage(BOB)).isInstanceOf(ParticipantNotFoundException.class);
        }
    }

    @Nested
    class MediaRoom {

        @Test
        void an_open_vidu_room_is_assigned_lazily() {
            VideoCallSession session = VideoCallSession.start(STUDY, null, ALICE, T0, MediaProvider.OPENVIDU, 10, true);

            assertThat(session.mediaRoomId()).isNull();
            session.assignMediaRoom("ses_abc");

            assertThat(session.mediaRoomId()).isEqualTo("ses_abc");
            assertThat(session.snapshot().mediaRoomId()).isEqualTo("ses_abc");
            assertThat(session.isAutoCreated()).isTrue();
        }
    }

    @Nested
    class RequiringPresence {

        @Test
        void someone_present_is_returned_and_nothing_changes() {
            VideoCallSession session = started();
            session.admit(BOB, at(1));

            Participant bob = session.requirePresent(BOB);

            assertThat(bob.userId()).isEqualTo(BOB);
            assertThat(bob.segments()).hasSize(1);
        }

        @Test
        void someone_who_left_never_came_was_kicked_or_whose_call_ended_is_refused() {
            VideoCallSession session = started();
            session.admit(BOB, at(1));
            session.admit(CAROL, at(1));
            session.admit(ALICE, at(1));
            session.leave(BOB, at(2), LeaveReason.LEFT);
            session.kick(CAROL, at(3));

            assertThatThrownBy(() -> session.requirePresent(BOB)).isInstanceOf(ParticipantNotPresentException.class);
            assertThatThrownBy(() -> session.requirePresent(UserId.of("dave"))).isInstanceOf(ParticipantNotFoundException.class);
            assertThatThrownBy(() -> session.requirePresent(CAROL)).isInstanceOf(KickedException.class);
            session.end(at(4));
            assertThatThrownBy(() -> session.requirePresent(ALICE)).isInstanceOf(SessionEndedException.class);
        }
    }
}
