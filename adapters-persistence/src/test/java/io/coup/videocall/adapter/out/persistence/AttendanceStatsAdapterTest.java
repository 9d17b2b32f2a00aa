package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.AttendanceStatsPort.StudyTotals;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserActivity;
import io.coup.videocall.application.port.out.AttendanceStatsPort.UserTotals;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Known calls, period [2026-03-01, 2026-03-08):
 * <ul>
 *   <li>{@code first}: starts exactly at {@code from}; alice 10 min (muted 2, video off 1, sharing 0.5), bob 5 min;
 *       ends by itself when alice, the last one, leaves: lasts 10 min.</li>
 *   <li>{@code second}: 03-05; alice 4 + 16 min (left and came back), carol 15 min until kicked; lasts 30 min.</li>
 *   <li>{@code before}: 02-01, alice 60 min: outside the period, but the study's first call.</li>
 *   <li>{@code atUntil}: starts exactly at {@code until}: outside.</li>
 *   <li>{@code running}: 03-07, alice present and muted: an active call, left out of every period figure.</li>
 *   <li>another study: an ended call in the period with alice and dave, which must not leak in.</li>
 * </ul>
 */
class AttendanceStatsAdapterTest extends PostgresAdapterTest {

    private static final Instant FROM = at("2026-03-01T00:00:00Z");
    private static final Instant UNTIL = at("2026-03-08T00:00:00Z");
    private static final Instant FIRST = FROM;
    private static final Instant SECOND = at("2026-03-05T18:30:00Z");
    private static final Instant BEFORE = at("2026-02-01T09:00:00Z");
    private static final Instant RUNNING = at("2026-03-07T20:00:00Z");

    private UserId alice;
    private UserId bob;
    private UserId carol;
    private UserId dave;
    private StudyId study;
    private StudyId otherStudy;

    private static Instant plus(Instant start, double minutes) {
        return start.plus(Duration.ofMillis((long) (minutes * 60_000)));
    }

    private static long minutes(double minutes) {
        return (long) (minutes * 60_000);
    }

    @BeforeEach
    void knownCalls() {
        alice = newUserId("alice");
        bob = newUserId("bob");
        carol = newUserId("carol");
        dave = newUserId("dave");
        study = givenStudy(alice);
        otherStudy = givenStudy(alice);

        VideoCallSession first = call(study, FIRST);
        first.admit(alice, FIRST);
        first.admit(bob, plus(FIRST, 1));
        first.switchMedia(alice, MediaKind.AUDIO_MUTED, true, plus(FIRST, 1));
        first.switchMedia(alice, MediaKind.AUDIO_MUTED, false, plus(FIRST, 3));
        first.switchMedia(alice, MediaKind.VIDEO_OFF, true, plus(FIRST, 9));
        first.switchMedia(alice, MediaKind.SCREEN_SHARING, true, plus(FIRST, 2));
        first.switchMedia(alice, MediaKind.SCREEN_SHARING, false, plus(FIRST, 2.5));
        first.leave(bob, plus(FIRST, 6), LeaveReason.DISCONNECTED);
        first.leave(alice, plus(FIRST, 10), LeaveReason.LEFT);                   // closes video off at 1 min; ends

        VideoCallSession second = call(study, SECOND);
        second.admit(alice, SECOND);
        second.admit(carol, plus(SECOND, 1));
        second.leave(alice, plus(SECOND, 4), LeaveReason.LEFT);
        second.admit(alice, plus(SECOND, 14));
        second.kick(carol, plus(SECOND, 16));
        second.end(plus(SECOND, 30));                                           // alice: 4 + 16

        VideoCallSession before = call(study, BEFORE);
        before.admit(alice, BEFORE);
        before.end(plus(BEFORE, 60));

        VideoCallSession atUntil = call(study, UNTIL);
        atUntil.admit(bob, UNTIL);
        atUntil.end(plus(UNTIL, 5));

        VideoCallSession elsewhere = call(otherStudy, plus(SECOND, 60));
        elsewhere.admit(alice, plus(SECOND, 60));
        elsewhere.admit(dave, plus(SECOND, 61));
        elsewhere.end(plus(SECOND, 90));

        VideoCallSession running = call(study, RUNNING);
        running.admit(alice, RUNNING);
        running.switchMedia(alice, MediaKind.AUDIO_MUTED, true, RUNNING);

        inTransaction(() -> {
            for (VideoCallSession s : new VideoCallSession[] {first, second, before, atUntil, elsewhere, running}) {
                sessions.saveSession(s);
            }
        });
    }

    @Test
    void user_totals_sum_the_stored_figures_of_ended_calls_in_the_period() {
        UserTotals totals = inTransaction(() -> stats.userTotals(study, alice, FROM, UNTIL));

        assertThat(totals.sessions()).isEqualTo(2);
        assertThat(totals.attendedMillis()).isEqualTo(minutes(10 + 4 + 16));
        assertThat(totals.audioMutedMillis()).isEqualTo(minutes(2));
        assertThat(totals.videoOffMillis()).isEqualTo(minutes(1));
        assertThat(totals.screenSharedMillis()).isEqualTo(minutes(0.5));
        assertThat(totals.firstJoin()).isEqualTo(FIRST);
        assertThat(totals.lastJoin()).isEqualTo(SECOND);
    }

    @Test
    void user_totals_of_someone_absent_in_the_period_are_zero_without_join_instants() {
        UserTotals totals = inTransaction(() -> stats.userTotals(study, dave, FROM, UNTIL));
        assertThat(totals).isEqualTo(new UserTotals(0, 0, 0, 0, 0, null, null));
    }

    @Test
    void study_totals_count_ended_calls_their_participant_rows_and_their_lengths() {
        StudyTotals totals = inTransaction(() -> stats.studyTotals(study, FROM, UNTIL));
        assertThat(totals).isEqualTo(new StudyTotals(2, 4, 10 * 60 + 30 * 60));
        assertThat(inTransaction(() -> stats.studyTotals(study, at("2020-01-01T00:00:00Z"), at("2020-02-01T00:00:00Z"))))
                .isEqualTo(new StudyTotals(0, 0, 0));
    }

    @Test
    void user_activity_has_one_row_per_person_with_calls_and_time_attended() {
        assertThat(inTransaction(() -> stats.userActivity(study, FROM, UNTIL))).containsExactlyInAnyOrder(
                new UserActivity(alice, 2, minutes(30)),
                new UserActivity(bob, 1, minutes(5)),
                new UserActivity(carol, 1, minutes(15)));
    }

    @Test
    void sessions_per_day_count_the_ended_calls_on_the_days_of_the_periods_zone() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 3, 7);
        assertThat(inTransaction(() -> stats.sessionsPerDay(study, new ReportingPeriod(PeriodKind.WEEK, ZoneOffset.UTC,
                first, last)))).containsExactly(entry(first, 1L), entry(LocalDate.of(2026, 3, 5), 1L));
        // UTC+5:45: SECOND (18:30Z) is already 03-06 there, and the period ends at 03-07T18:15Z, before atUntil.
        assertThat(inTransaction(() -> stats.sessionsPerDay(study, new ReportingPeriod(PeriodKind.WEEK,
                ZoneId.of("Asia/Kathmandu"), first, last))))
                .containsExactly(entry(first, 1L), entry(LocalDate.of(2026, 3, 6), 1L));
    }

    @Test
    void periods_off_the_rollup_grid_add_their_uneven_ends_from_the_call_rows() {
        Instant from = plus(SECOND, -7);                                      // 18:23Z: neither a quarter hour nor a day
        Instant until = plus(UNTIL, 1);                                       // takes atUntil in

        assertThat(inTransaction(() -> stats.studyTotals(study, from, until)))
                .isEqualTo(new StudyTotals(2, 3, 30 * 60 + 5 * 60));
        assertThat(inTransaction(() -> stats.userActivity(study, from, until))).containsExactlyInAnyOrder(
                new UserActivity(alice, 1, minutes(20)),
                new UserActivity(bob, 1, minutes(5)),
                new UserActivity(carol, 1, minutes(15)));
        assertThat(inTransaction(() -> stats.userTotals(study, alice, plus(FIRST, 1), UNTIL)).sessions())
                .as("FIRST starts a minute before").isEqualTo(1);
        assertThat(inTransaction(() -> stats.userTotals(study, bob, plus(UNTIL, -30), plus(UNTIL, 30))))
                .as("no whole day at all").isEqualTo(new UserTotals(1, minutes(5), 0, 0, 0, UNTIL, UNTIL));
    }

    @Test
    void a_quarter_hour_across_a_midnight_of_the_zone_is_counted_call_by_call() {
        UserId host = newUserId("host");
        StudyId odd = givenStudy(host);
        Instant beforeMidnight = at("2026-03-04T23:50:00Z");                 // 23:57 at UTC+00:07
        Instant afterMidnight = at("2026-03-04T23:55:00Z");                  // 00:02 the next day there
        for (Instant start : new Instant[] {beforeMidnight, afterMidnight}) {
            VideoCallSession call = call(odd, start);
            call.admit(host, start);
            call.end(plus(start, 2));
            inTransaction(() -> sessions.saveSession(call));
        }
        ZoneOffset sevenMinutes = ZoneOffset.ofHoursMinutes(0, 7);

        assertThat(inTransaction(() -> stats.sessionsPerDay(odd, new ReportingPeriod(PeriodKind.WEEK, sevenMinutes,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7)))))
                .containsExactly(entry(LocalDate.of(2026, 3, 4), 1L), entry(LocalDate.of(2026, 3, 5), 1L));
    }

    @Test
    void a_call_counts_from_the_save_that_ends_it_and_only_once() {
        SessionId runningId = inTransaction(() -> sessions.loadActiveSnapshot(study).orElseThrow().id());
        inTransaction(() -> {
            VideoCallSession running = sessions.loadSessionForUpdate(runningId).orElseThrow();
            running.end(plus(RUNNING, 10));
            sessions.saveSession(running);
        });
        inTransaction(() -> sessions.saveSession(sessions.loadSessionForUpdate(runningId).orElseThrow()));

        assertThat(inTransaction(() -> stats.studyTotals(study, FROM, UNTIL)))
                .isEqualTo(new StudyTotals(3, 5, 10 * 60 + 30 * 60 + 10 * 60));
        assertThat(inTransaction(() -> stats.userTotals(study, alice, FROM, UNTIL)))
                .isEqualTo(new UserTotals(3, minutes(10 + 4 + 16 + 10), minutes(2 + 10), minutes(1), minutes(0.5),
                        FIRST, RUNNING));
    }

    @Test
    void the_first_session_start_looks_at_every_call_of_the_study_ended_or_not() {
        assertThat(inTransaction(() -> stats.firstSessionStart(study))).contains(BEFORE);
        UserId host = newUserId("host");
        StudyId fresh = givenStudy(host);
        assertThat(inTransaction(() -> stats.firstSessionStart(fresh))).isEmpty();
        VideoCallSession live = call(fresh, RUNNING);
        live.admit(host, RUNNING);
        inTransaction(() -> sessions.saveSession(live));
        assertThat(inTransaction(() -> stats.firstSessionStart(fresh))).contains(RUNNING);
    }

    @Test
    void participation_counts_any_call_of_this_study_including_the_running_one() {
        assertThat(inTransaction(() -> stats.hasParticipated(study, carol))).isTrue();
        assertThat(inTransaction(() -> stats.hasParticipated(study, dave))).as("only in another study").isFalse();
        assertThat(inTransaction(() -> stats.hasParticipated(otherStudy, dave))).isTrue();
        UserId newcomer = newUserId("newcomer");
        inTransaction(() -> {
            VideoCallSession running = sessions.loadSessionForUpdate(sessions.loadActiveSnapshot(study).orElseThrow().id())
                    .orElseThrow();
            running.admit(newcomer, plus(RUNNING, 1));
            sessions.saveSession(running);
        });
        assertThat(inTransaction(() -> stats.hasParticipated(study, newcomer))).isTrue();
    }

    @Test
    void another_studys_calls_never_leak_into_the_figures() {
        assertThat(inTransaction(() -> stats.userTotals(otherStudy, alice, FROM, UNTIL)).sessions()).isEqualTo(1);
        assertThat(inTransaction(() -> stats.studyTotals(otherStudy, FROM, UNTIL))).isEqualTo(new StudyTotals(1, 2, 30 * 60));
        assertThat(inTransaction(() -> stats.userActivity(otherStudy, FROM, UNTIL))).extracting(UserActivity::userId)
                .containsExactlyInAnyOrder(alice, dave);
    }

    private static VideoCallSession call(StudyId study, Instant start) {
        return VideoCallSession.start(study, null, UserId.of("starter"), start, MediaProvider.MESH, 10, false);
    }
}
