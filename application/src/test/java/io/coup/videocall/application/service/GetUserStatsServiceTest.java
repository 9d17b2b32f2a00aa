package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.stats.UserStatsQuery;
import io.coup.videocall.application.port.in.stats.UserStatsView;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.PENDING;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The clock stands at 2025-11-19T10:00Z: the UTC week is 2025-11-13 .. 2025-11-19. */
class GetUserStatsServiceTest {

    private static final Instant NOV_01 = Instant.parse("2025-11-01T09:00:00Z");
    private static final Instant NOV_14 = Instant.parse("2025-11-14T09:00:00Z");
    private static final Instant NOV_17 = Instant.parse("2025-11-17T12:00:00Z");

    private final Fixture world = new Fixture();
    private final GetUserStatsService service = world.userStats();

    private UserStatsView stats(UserId caller, UserId subject, PeriodKind period) {
        return stats(caller, subject, period, ZoneOffset.UTC);
    }

    private UserStatsView stats(UserId caller, UserId subject, PeriodKind period, ZoneId zone) {
        return service.userStats(new UserStatsQuery(STUDY, caller, subject, period, zone));
    }

    /**
     * Nov 1 (before the week): 1000 s. Nov 14: 1800 s, muted 600 s, video off 300 s, sharing 120 s. Nov 17: present
     * 100 s, away 200 s, back 300 s: 400 s credited.
     */
    private void three_ended_calls_of_mina() {
        world.endedCall(NOV_01, 1000, OWNER, MEMBER);

        VideoCallSession nov14 = VideoCallSession.start(STUDY, null, OWNER, NOV_14, world.media.provider(), 10, false);
        nov14.admit(OWNER, NOV_14);
        nov14.admit(MEMBER, NOV_14);
        nov14.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, true, NOV_14.plusSeconds(100));
        nov14.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, false, NOV_14.plusSeconds(700));
        nov14.switchMedia(MEMBER, MediaKind.VIDEO_OFF, true, NOV_14.plusSeconds(1500));
        nov14.switchMedia(MEMBER, MediaKind.SCREEN_SHARING, true, NOV_14.plusSeconds(1680));
        nov14.end(NOV_14.plusSeconds(1800));
        world.sessions.add(nov14);

        VideoCallSession nov17 = VideoCallSession.start(STUDY, null, OWNER, NOV_17, world.media.provider(), 10, false);
        nov17.admit(OWNER, NOV_17);
        nov17.admit(MEMBER, NOV_17);
        nov17.leave(MEMBER, NOV_17.plusSeconds(100), LeaveReason.LEFT);
        nov17.admit(MEMBER, NOV_17.plusSeconds(300));
        nov17.end(NOV_17.plusSeconds(600));
        world.sessions.add(nov17);
    }

    @Test
    void a_member_sees_their_own_totals_over_the_ended_calls_of_the_period() {
        three_ended_calls_of_mina();

        UserStatsView view = stats(MEMBER, MEMBER, PeriodKind.WEEK);

        assertThat(view).isEqualTo(new UserStatsView("mina", 2, 2200, 1100, 600, 300, 120, NOV_14, NOV_17));
    }

    @Test
    void a_returning_participant_is_credited_only_the_time_present() {
        world.endedCall(NOV_01, 10, OWNER, OWNER);
        VideoCallSession call = VideoCallSession.start(STUDY, null, OWNER, NOV_17, world.media.provider(), 10, false);
        call.admit(OWNER, NOV_17);
        call.admit(BOB, NOV_17);
        call.leave(BOB, NOV_17.plusSeconds(600), LeaveReason.LEFT);
        call.admit(BOB, NOV_17.plusSeconds(1800));
        call.end(NOV_17.plusSeconds(2100));
        world.sessions.add(call);

        assertThat(stats(BOB, BOB, PeriodKind.WEEK).totalDuration()).isEqualTo(900);
    }

    @Test
    void the_call_in_progress_counts_up_to_now() {
        three_ended_calls_of_mina();
        SessionId live = world.call(OWNER, OWNER, MEMBER);
        world.change(live, s -> s.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, true, world.now()));
        world.clock.advanceMillis(250_400);

        UserStatsView view = stats(MEMBER, MEMBER, PeriodKind.WEEK);

        assertThat(view.totalSessions()).isEqualTo(3);
        assertThat(view.totalDuration()).isEqualTo(2450);
        assertThat(view.averageDuration()).isEqualTo(816);
        assertThat(view.totalAudioMutedTime()).isEqualTo(850);
        assertThat(view.firstSession()).isEqualTo(NOV_14);
        assertThat(view.lastSession()).isEqualTo(T0);
    }

    @Test
    void the_call_in_progress_alone_makes_first_and_last_session() {
        world.call(OWNER, OWNER, MEMBER);
        world.advance(61);

        UserStatsView view = stats(MEMBER, MEMBER, PeriodKind.MONTH);

        assertThat(view).isEqualTo(new UserStatsView("mina", 1, 61, 61, 0, 0, 0, T0, T0));
    }

    @Test
    void all_reaches_back_to_the_studys_first_call() {
        three_ended_calls_of_mina();

        UserStatsView view = stats(MEMBER, MEMBER, PeriodKind.ALL);

        assertThat(view.totalSessions()).isEqualTo(3);
        assertThat(view.totalDuration()).isEqualTo(3200);
        assertThat(view.firstSession()).isEqualTo(NOV_01);
        assertThat(view.lastSession()).isEqualTo(NOV_17);
    }

    @Test
    void the_period_is_made_of_days_of_the_callers_time_zone() {
        Instant seoulMorningOfNov13 = Instant.parse("2025-11-12T20:00:00Z");
        world.endedCall(seoulMorningOfNov13, 60, MEMBER, MEMBER);

        assertThat(stats(MEMBER, MEMBER, PeriodKind.WEEK, ZoneOffset.UTC).totalSessions()).isZero();
        assertThat(stats(MEMBER, MEMBER, PeriodKind.WEEK, ZoneId.of("Asia/Seoul")).totalSessions()).isEqualTo(1);
    }

    @Test
    void a_member_who_never_took_part_has_zero_totals_and_no_first_or_last_session() {
        three_ended_calls_of_mina();

        assertThat(stats(BOB, BOB, PeriodKind.WEEK)).isEqualTo(new UserStatsView("bob", 0, 0, 0, 0, 0, 0, null, null));
    }

    @Test
    void a_moderator_sees_another_members_stats() {
        three_ended_calls_of_mina();

        assertThat(stats(ADMIN, MEMBER, PeriodKind.WEEK).totalDuration()).isEqualTo(2200);
        assertThat(stats(OWNER, MEMBER, PeriodKind.WEEK).totalSessions()).isEqualTo(2);
    }

    @Test
    void a_plain_member_may_not_see_another_members_stats() {
        three_ended_calls_of_mina();

        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> stats(BOB, MEMBER, PeriodKind.WEEK));
    }

    @Test
    void someone_neither_member_nor_participant_is_not_found() {
        assertFailsWith(ErrorCode.USER_NOT_FOUND, () -> stats(OWNER, OUTSIDER, PeriodKind.WEEK));
        assertFailsWith(ErrorCode.USER_NOT_FOUND, () -> stats(OWNER, UserId.of("nobody"), PeriodKind.ALL));
    }

    @Test
    void someone_who_took_part_but_is_no_longer_a_member_is_still_found() {
        world.endedCall(NOV_17, 300, OWNER, OWNER, OUTSIDER);

        assertThat(stats(OWNER, OUTSIDER, PeriodKind.WEEK).totalDuration()).isEqualTo(300);
    }

    @Test
    void someone_in_the_call_in_progress_but_no_longer_a_member_is_found_with_that_call() {
        world.call(OWNER, OWNER, OUTSIDER);
        world.advance(30);

        assertThat(stats(OWNER, OUTSIDER, PeriodKind.WEEK).totalDuration()).isEqualTo(30);
    }

    @Test
    void a_pending_member_is_known_to_a_moderator() {
        assertThat(stats(OWNER, PENDING, PeriodKind.WEEK).totalSessions()).isZero();
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_ask_for_stats(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.userStats(new UserStatsQuery(study, caller, caller, PeriodKind.WEEK, ZoneOffset.UTC)));
    }
}
