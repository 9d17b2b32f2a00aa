package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.AttendanceStatsPort.StudyTotals;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserActivity;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserTotals;
import io.coup.videocall.application.port.out.CallHistoryPort.AttendeeRecord;
import io.coup.videocall.application.port.out.CallHistoryPort.HistoryPage;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The fakes keep the port contracts, so that tests built on them (here and in other modules) mean something. */
class InMemoryFakesTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final StudyId STUDY = StudyId.of("algo");
    private static final UserId ANN = UserId.of("ann");
    private static final UserId BEN = UserId.of("ben");

    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryAttendanceStats stats = new InMemoryAttendanceStats(sessions);

    private static VideoCallSession call(Instant at, UserId... present) {
        VideoCallSession session = VideoCallSession.start(STUDY, null, ANN, at, MediaProvider.MESH, 10, false);
        for (UserId user : present) {
            session.admit(user, at);
        }
        return session;
    }

    @Test
    void a_loaded_session_changed_but_not_saved_leaves_the_stored_one_untouched() {
        VideoCallSession session = call(T0, ANN);
        sessions.saveSession(session);
        session.admit(BEN, T0);                                   // the caller's object, after saving

        VideoCallSession loaded = sessions.loadSession(session.id()).orElseThrow();
        loaded.switchMedia(ANN, MediaKind.AUDIO_MUTED, true, T0);
        loaded.leave(ANN, T0.plusSeconds(5), LeaveReason.LEFT);

        VideoCallSession stored = sessions.stored(session.id()).orElseThrow();
        assertThat(stored.participant(BEN)).isEmpty();
        assertThat(stored.isEnded()).isFalse();
        assertThat(stored.participant(ANN).orElseThrow().isPresent()).isTrue();
        assertThat(stored.participant(ANN).orElseThrow().isMuted()).isFalse();
    }

    @Test
    void a_loaded_study_changed_but_not_saved_leaves_the_stored_one_untouched() {
        InMemoryStudies studies = new InMemoryStudies();
        studies.createStudy(Study.found(STUDY, "Algorithms", ANN, T0));

        studies.loadStudy(STUDY).orElseThrow().putMember(ANN, BEN, StudyRole.ADMIN, MemberStatus.ACTIVE, T0);

        assertThat(studies.stored(STUDY).orElseThrow().member(BEN)).isEmpty();
        assertThatThrownBy(() -> studies.createStudy(Study.found(STUDY, "Again", BEN, T0)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.STUDY_ALREADY_EXISTS);
    }

    @Test
    void a_study_holds_one_active_call_at_most() {
        sessions.saveSession(call(T0, ANN));

        assertThatThrownBy(() -> sessions.saveSession(call(T0.plusSeconds(1), BEN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void history_is_newest_first_with_an_inclusive_start_an_exclusive_end_offset_and_limit() {
        List<VideoCallSession> calls = List.of(call(T0, ANN), call(T0.plusSeconds(10), ANN), call(T0.plusSeconds(20), ANN),
                call(T0.plusSeconds(30), ANN));
        calls.forEach(c -> c.end(c.startedAt().plusSeconds(5)));
        calls.forEach(sessions::saveSession);

        HistoryPage page = sessions.loadHistory(STUDY, T0.plusSeconds(10), T0.plusSeconds(30), 1, 5);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.sessions()).extracting(r -> r.session().startedAt()).containsExactly(T0.plusSeconds(10));
        assertThat(sessions.loadHistory(STUDY, null, null, 0, 2).sessions()).extracting(r -> r.session().startedAt())
                .containsExactly(T0.plusSeconds(30), T0.plusSeconds(20));
    }

    @Test
    void an_attendee_record_holds_the_closed_time_and_the_start_of_the_open_segment() {
        VideoCallSession session = call(T0, ANN);
        session.admit(BEN, T0.plusSeconds(100));
        session.leave(ANN, T0.plusSeconds(100), LeaveReason.LEFT);
        session.admit(ANN, T0.plusSeconds(400));
        sessions.saveSession(session);

        List<AttendeeRecord> attendees = sessions.loadHistory(STUDY, null, null, 0, 1).sessions().get(0).attendees();

        assertThat(attendees).extracting(AttendeeRecord::userId, AttendeeRecord::closedMillis, AttendeeRecord::openSince)
                .containsExactly(tuple(ANN, 100_000L, T0.plusSeconds(400)), tuple(BEN, 0L, T0.plusSeconds(100)));
        assertThat(attendees.get(0).millis(T0.plusSeconds(500))).isEqualTo(200_000);
    }

    @Test
    void stats_aggregate_ended_calls_started_in_the_window_only() {
        VideoCallSession ended = call(T0, ANN, BEN);
        ended.switchMedia(ANN, MediaKind.VIDEO_OFF, true, T0.plusSeconds(10));
        ended.end(T0.plusSeconds(60));
        sessions.saveSession(ended);
        VideoCallSession live = call(T0.plusSeconds(100), ANN);
        sessions.saveSession(live);
        Instant from = T0;
        Instant until = T0.plusSeconds(3600);

        assertThat(stats.studyTotals(STUDY, from, until)).isEqualTo(new StudyTotals(1, 2, 60));
        assertThat(stats.userTotals(STUDY, ANN, from, until))
                .isEqualTo(new UserTotals(1, 60_000, 0, 50_000, 0, T0, T0));
        assertThat(stats.userActivity(STUDY, from, until))
                .containsExactly(new UserActivity(ANN, 1, 60_000), new UserActivity(BEN, 1, 60_000));
        LocalDate day = LocalDate.of(2025, 11, 19);
        assertThat(stats.sessionsPerDay(STUDY, new ReportingPeriod(PeriodKind.WEEK, ZoneOffset.UTC, day.minusDays(6), day)))
                .containsExactly(entry(day, 1L));
        assertThat(stats.sessionsPerDay(STUDY, new ReportingPeriod(PeriodKind.WEEK, ZoneOffset.UTC, day.minusDays(7),
                day.minusDays(1)))).isEmpty();
        assertThat(stats.studyTotals(STUDY, T0.plusSeconds(1), until)).isEqualTo(new StudyTotals(0, 0, 0));
        assertThat(stats.userTotals(STUDY, ANN, T0.minusSeconds(10), T0))
                .isEqualTo(new UserTotals(0, 0, 0, 0, 0, null, null));
        assertThat(stats.firstSessionStart(STUDY)).contains(T0);
        assertThat(stats.hasParticipated(STUDY, BEN)).isTrue();
        assertThat(stats.hasParticipated(STUDY, UserId.of("cid"))).isFalse();
    }

    @Test
    void the_clock_moves_only_when_told_and_its_zoned_copies_move_with_it() {
        MutableClock clock = new MutableClock(T0);
        Clock seoul = clock.withZone(ZoneId.of("Asia/Seoul"));

        clock.advanceSeconds(90);

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
        assertThat(seoul.instant()).isEqualTo(T0.plusSeconds(90));
        assertThat(seoul.getZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThatThrownBy(() -> clock.advanceSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
