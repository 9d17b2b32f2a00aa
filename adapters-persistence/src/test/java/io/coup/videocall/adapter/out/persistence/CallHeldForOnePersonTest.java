package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionFullException;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameCall;
import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code loadSessionForUpdate(id, person)}: a join, leave or toggle reads the call's row, the one person's attendance
 * and a count of the rest under the lock, however many have attended, and its save writes only what it changed.
 */
class CallHeldForOnePersonTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    private static Instant minutes(double m) {
        return T0.plus(Duration.ofMillis((long) (m * 60_000)));
    }

    /** A call of {@code max} that {@code size} people joined a second apart, each of whom left and came back once. */
    private VideoCallSession storedCall(int max, int size) {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, max, false);
        List<UserId> people = IntStream.range(0, size).mapToObj(i -> UserId.of("p" + i + "-" + study.value())).toList();
        for (int i = 0; i < size; i++) {
            call.admit(people.get(i), T0.plusSeconds(i));
        }
        for (int i = 0; i < size; i++) {
            call.leave(people.get(i), minutes(3).plusSeconds(i), LeaveReason.DISCONNECTED);
            call.admit(people.get(i), minutes(4).plusSeconds(i));
        }
        inTransaction(() -> sessions.saveSession(call));
        return call;
    }

    @Test
    void a_first_join_into_a_call_of_150_reads_no_other_participant_and_writes_one_row_of_each() {
        VideoCallSession call = storedCall(500, 150);
        long versionBefore = version(call.id());
        UserId latecomer = newUserId("latecomer");

        Statistics statistics = statistics();
        statistics.clear();
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id(), latecomer).orElseThrow();
            assertThat(locked.presentCount()).isEqualTo(150);
            locked.admit(latecomer, minutes(15));
            sessions.saveSession(locked);
        });

        EntityStatistics participants = statistics.getEntityStatistics(ParticipantJpaEntity.class.getName());
        EntityStatistics segments = statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName());
        assertThat(participants.getLoadCount()).isZero();
        assertThat(segments.getLoadCount()).isZero();
        assertThat(participants.getInsertCount()).isEqualTo(1);
        assertThat(participants.getUpdateCount()).isZero();
        assertThat(segments.getInsertCount()).isEqualTo(1);
        assertThat(statistics.getPrepareStatementCount())
                .as("lock, the others in brief, the person, a lookup of the new row, version bump, two inserts")
                .isLessThanOrEqualTo(7);
        assertThat(version(call.id())).isEqualTo(versionBefore + 1);

        VideoCallSession stored = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
        assertThat(stored.presentCount()).isEqualTo(151);
        assertThat(stored.participant(latecomer).orElseThrow().attendedMillis(minutes(30)))
                .isEqualTo(Duration.ofMinutes(15).toMillis());
    }

    @Test
    void a_return_and_a_leave_read_and_write_that_persons_rows_alone() {
        VideoCallSession call = storedCall(500, 150);
        UserId returning = call.participants().get(70).userId();
        call.leave(returning, minutes(5), LeaveReason.LEFT);
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id(), returning).orElseThrow();
            locked.leave(returning, minutes(5), LeaveReason.LEFT);
            sessions.saveSession(locked);
        });

        Statistics statistics = statistics();
        statistics.clear();
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id(), returning).orElseThrow();
            assertThat(locked.presentCount()).isEqualTo(149);
            locked.admit(returning, minutes(9));
            sessions.saveSession(locked);
        });

        EntityStatistics participants = statistics.getEntityStatistics(ParticipantJpaEntity.class.getName());
        EntityStatistics segments = statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName());
        assertThat(participants.getLoadCount()).isEqualTo(1);
        assertThat(segments.getLoadCount()).isEqualTo(2);
        assertThat(participants.getUpdateCount()).isEqualTo(1);
        assertThat(segments.getInsertCount()).isEqualTo(1);
        assertThat(segments.getUpdateCount()).isZero();

        call.admit(returning, minutes(9));
        assertSameCall(inTransaction(() -> sessions.loadSession(call.id()).orElseThrow()), call, minutes(30));
    }

    @Test
    void the_others_present_count_against_the_maximum() {
        VideoCallSession call = storedCall(3, 3);
        UserId fourth = newUserId("fourth");

        assertThatThrownBy(() -> inTransaction(() -> sessions.loadSessionForUpdate(call.id(), fourth)
                .orElseThrow().admit(fourth, minutes(10))))
                .isInstanceOf(SessionFullException.class);
    }

    @Test
    void the_last_to_leave_ends_the_call_after_the_others_last_leave_and_adds_it_to_the_rollups() {
        VideoCallSession call = storedCall(10, 3);
        List<UserId> people = call.participants().stream().map(p -> p.userId()).toList();
        // The first two leave; the second's report is from a clock ahead: 20 minutes, later than the last leave at 15.
        leaveAlone(call.id(), people.get(0), minutes(10));
        leaveAlone(call.id(), people.get(1), minutes(20));

        leaveAlone(call.id(), people.get(2), minutes(15));

        VideoCallSession ended = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
        assertThat(ended.endedAt()).isEqualTo(minutes(20));
        assertThat(ended.presentCount()).isZero();
        assertThat(jdbc.queryForObject("select active_study_id from video_call_sessions where id = ?", String.class,
                call.id().value())).isNull();
        assertThat(jdbc.queryForObject("select participants from study_call_rollups where study_id = ?", Long.class,
                ended.studyId().value())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from user_attendance_rollups where study_id = ?", Long.class,
                ended.studyId().value())).isEqualTo(3);
    }

    @Test
    void an_unknown_call_loads_as_empty() {
        assertThat(inTransaction(() -> sessions.loadSessionForUpdate(SessionId.newId(), newUserId("anyone")))).isEmpty();
    }

    private void leaveAlone(SessionId id, UserId person, Instant at) {
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(id, person).orElseThrow();
            locked.leave(person, at, LeaveReason.LEFT);
            sessions.saveSession(locked);
        });
    }

    private long version(SessionId id) {
        return jdbc.queryForObject("select version from video_call_sessions where id = ?", Long.class, id.value());
    }
}
