package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInstant;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.assertSession;
import static io.coup.videocall.bootstrap.e2e.Api.assertUser;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Api.iso;
import static io.coup.videocall.bootstrap.e2e.Api.strings;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.2: call history, study statistics and a member's statistics. */
class HistoryAndStatsApiTest extends EndToEndTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String[] STUDY_STATS_KEYS = {"period", "totalSessions", "totalParticipants",
            "averageParticipants", "totalDuration", "averageDuration", "mostActiveUser", "sessionsPerDay"};
    private static final String[] USER_STATS_KEYS = {"userId", "totalSessions", "totalDuration", "averageDuration",
            "totalAudioMutedTime", "totalVideoOffTime", "totalScreenSharedTime", "firstSession", "lastSession"};

    private final Steps steps = new Steps(this);

    /** Moves the service's clock forward to {@code time} on {@code day} in {@code zone}. */
    private static Instant moveTo(LocalDate day, LocalTime time, ZoneId zone) {
        Instant target = day.atTime(time).atZone(zone).toInstant();
        assertThat(target).as("the clock only moves forward here").isAfter(CLOCK.instant());
        CLOCK.setInstant(target);
        return target;
    }

    /** A day safely after the clock's current day in {@code zone}. */
    private static LocalDate aFutureDay(ZoneId zone) {
        return LocalDate.ofInstant(CLOCK.instant(), zone).plusDays(2);
    }

    /** A call started and ended at once by its starter (no participants); returns its id. */
    private String emptyCall(String study, Person owner) {
        String id = steps.startId(study, owner);
        steps.end(study, id, owner);
        return id;
    }

    // --- GET /history --------------------------------------------------------------------------------------------

    @Test
    void history_lists_calls_newest_first_with_their_participants() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String older = steps.startId(study, owner);
        steps.join(study, older, owner);
        steps.join(study, older, member);
        CLOCK.advanceSeconds(40);
        steps.leave(study, older, member);
        CLOCK.advanceSeconds(20);
        steps.leave(study, older, owner);
        CLOCK.advanceSeconds(60);
        String running = steps.startId(study, member);

        JsonNode page = steps.history(study, owner, "");

        assertKeys(page, "sessions", "pagination");
        assertThat(strings(page.get("sessions"), "id")).containsExactly(running, older);
        JsonNode pagination = page.get("pagination");
        assertKeys(pagination, "page", "limit", "total", "totalPages");
        assertThat(pagination.get("page").intValue()).isEqualTo(1);
        assertThat(pagination.get("limit").intValue()).isEqualTo(20);
        assertThat(pagination.get("total").intValue()).isEqualTo(2);
        assertThat(pagination.get("totalPages").intValue()).isEqualTo(1);

        JsonNode past = find(page.get("sessions"), "id", older);
        assertSession(past, study, "participants", "participantCount");
        assertThat(past.get("duration").longValue()).isEqualTo(60);
        assertThat(past.get("participantCount").intValue()).isEqualTo(2);
        assertThat(past.get("participants").size()).isEqualTo(2);
        JsonNode attendee = find(past.get("participants"), "userId", member.id());
        assertKeys(attendee, "id", "userId", "duration", "user");
        assertThat(attendee.get("id").stringValue()).isNotBlank();
        assertThat(attendee.get("duration").longValue()).isEqualTo(40);
        assertUser(attendee.get("user"), member.id(), member.name());
        assertThat(find(past.get("participants"), "userId", owner.id()).get("duration").longValue()).isEqualTo(60);

        JsonNode current = find(page.get("sessions"), "id", running);
        assertSession(current, study, "participants", "participantCount");
        assertThat(current.get("endedAt").isNull()).isTrue();
        assertThat(current.get("participantCount").intValue()).isZero();
        assertThat(current.get("participants").size()).isZero();
    }

    @Test
    void history_pages_through_the_calls() {
        Person owner = person("owner");
        String study = steps.study(owner);
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(emptyCall(study, owner));
            CLOCK.advanceSeconds(60);
        }

        JsonNode first = steps.history(study, owner, "?page=1&limit=2");
        JsonNode second = steps.history(study, owner, "?page=2&limit=2");
        JsonNode third = steps.history(study, owner, "?page=3&limit=2");
        JsonNode beyond = steps.history(study, owner, "?page=4&limit=2");

        assertThat(strings(first.get("sessions"), "id")).containsExactly(calls.get(4), calls.get(3));
        assertThat(strings(second.get("sessions"), "id")).containsExactly(calls.get(2), calls.get(1));
        assertThat(strings(third.get("sessions"), "id")).containsExactly(calls.get(0));
        assertThat(beyond.get("sessions").size()).isZero();
        for (JsonNode page : List.of(first, second, third, beyond)) {
            assertThat(page.get("pagination").get("limit").intValue()).isEqualTo(2);
            assertThat(page.get("pagination").get("total").intValue()).isEqualTo(5);
            assertThat(page.get("pagination").get("totalPages").intValue()).isEqualTo(3);
        }
        assertThat(second.get("pagination").get("page").intValue()).isEqualTo(2);
        assertThat(steps.history(study, owner, "?limit=100").get("sessions").size()).isEqualTo(5);
        assertThat(steps.history(study, owner, "?limit=1").get("pagination").get("totalPages").intValue()).isEqualTo(5);
    }

    /** Three calls of one study, started at 10:00 UTC on three consecutive days. */
    private record ThreeDays(String study, Person owner, LocalDate day, Instant t1, Instant t2, String first,
                             String second, String third) {
    }

    private ThreeDays callsOnThreeDays() {
        Person owner = person("owner");
        String study = steps.study(owner);
        LocalDate day = aFutureDay(ZoneOffset.UTC);
        Instant t1 = moveTo(day, LocalTime.of(10, 0), ZoneOffset.UTC);
        String first = emptyCall(study, owner);
        Instant t2 = moveTo(day.plusDays(1), LocalTime.of(10, 0), ZoneOffset.UTC);
        String second = emptyCall(study, owner);
        moveTo(day.plusDays(2), LocalTime.of(10, 0), ZoneOffset.UTC);
        String third = emptyCall(study, owner);
        return new ThreeDays(study, owner, day, t1, t2, first, second, third);
    }

    @Test
    void history_filters_on_the_start_with_inclusive_dates() {
        ThreeDays s = callsOnThreeDays();
        String middle = s.day().plusDays(1).toString();

        assertThat(ids(s.study(), s.owner(), "?startDate=" + middle)).containsExactly(s.third(), s.second());
        assertThat(ids(s.study(), s.owner(), "?endDate=" + middle)).as("a date endDate includes that whole day")
                .containsExactly(s.second(), s.first());
        assertThat(ids(s.study(), s.owner(), "?startDate=" + middle + "&endDate=" + middle)).containsExactly(s.second());
        assertThat(steps.history(s.study(), s.owner(), "?startDate=" + middle).get("pagination").get("total").intValue())
                .isEqualTo(2);
    }

    @Test
    void history_filters_on_the_start_with_an_inclusive_start_instant() {
        ThreeDays s = callsOnThreeDays();

        assertThat(ids(s.study(), s.owner(), "?startDate=" + iso(s.t2()))).containsExactly(s.third(), s.second());
        assertThat(ids(s.study(), s.owner(), "?startDate=" + iso(s.t2().plusMillis(1)))).containsExactly(s.third());
        assertThat(ids(s.study(), s.owner(), "?startDate=" + s.t2().toString())).as("an instant without millis")
                .containsExactly(s.third(), s.second());
    }

    @Test
    void history_filters_on_the_start_with_an_inclusive_end_instant() {
        ThreeDays s = callsOnThreeDays();

        assertThat(ids(s.study(), s.owner(), "?endDate=" + iso(s.t2()))).containsExactly(s.second(), s.first());
        assertThat(ids(s.study(), s.owner(), "?endDate=" + iso(s.t2().minusMillis(1)))).containsExactly(s.first());
        assertThat(ids(s.study(), s.owner(), "?startDate=" + iso(s.t1().plusMillis(1)) + "&endDate=" + iso(s.t2())))
                .containsExactly(s.second());
    }

    @Test
    void history_reads_a_date_as_a_day_in_the_given_time_zone() {
        Person owner = person("owner");
        String study = steps.study(owner);
        LocalDate utcDay = aFutureDay(ZoneOffset.UTC);
        moveTo(utcDay, LocalTime.of(16, 30), ZoneOffset.UTC);      // 01:30 the next day in Seoul
        String late = emptyCall(study, owner);
        String nextDay = utcDay.plusDays(1).toString();

        assertThat(ids(study, owner, "?startDate=" + nextDay + "&endDate=" + nextDay + "&tz=Asia/Seoul")).containsExactly(late);
        assertThat(ids(study, owner, "?startDate=" + nextDay + "&endDate=" + nextDay)).as("UTC by default").isEmpty();
        assertThat(ids(study, owner, "?startDate=" + utcDay + "&endDate=" + utcDay + "&tz=UTC")).containsExactly(late);
    }

    private List<String> ids(String study, Person who, String query) {
        return strings(steps.history(study, who, query).get("sessions"), "id");
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', value = {
            "limit=0            | limit",
            "limit=101          | limit",
            "limit=-1           | limit",
            "limit=abc          | limit",
            "page=0             | page",
            "page=-3            | page",
            "page=abc           | page",
            "startDate=garbage  | startDate",
            "startDate=2025-13-45 | startDate",
            "endDate=yesterday  | endDate",
            "tz=Mars/Olympus    | tz"})
    void a_bad_history_parameter_answers_400_naming_it(String query, String parameter) {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(get(call(study) + "/history?" + query, owner.token()), parameter);
    }

    // --- GET /stats ----------------------------------------------------------------------------------------------

    /**
     * Three calls: two on day D in Seoul (10:00 and 11:00), one on D+1 at 08:00 in Seoul, which is still day D in
     * UTC. Participants: 3, 2 and 2 (average 2.3); durations 60, 120 and 60 s (240 in total, 80 on average). The
     * owner and m1 attended all three; the owner for longer, so the owner is the most active.
     */
    private record Scene(String study, Person owner, Person m1, Person m2, LocalDate day, Instant firstJoin, Instant lastJoin) {
    }

    private Scene threeCallsOverTwoSeoulDays() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person m1 = steps.member(study, owner, "m1");
        Person m2 = steps.member(study, owner, "m2");
        LocalDate day = aFutureDay(SEOUL);

        Instant firstJoin = moveTo(day, LocalTime.of(10, 0), SEOUL);
        String c1 = steps.startId(study, owner);
        steps.join(study, c1, owner);
        steps.join(study, c1, m1);
        steps.join(study, c1, m2);
        CLOCK.advanceSeconds(60);
        steps.leave(study, c1, m1);
        steps.leave(study, c1, m2);
        steps.leave(study, c1, owner);

        moveTo(day, LocalTime.of(11, 0), SEOUL);
        String c2 = steps.startId(study, owner);
        steps.join(study, c2, owner);
        steps.join(study, c2, m1);
        CLOCK.advanceSeconds(120);
        steps.leave(study, c2, m1);
        steps.leave(study, c2, owner);

        Instant lastJoin = moveTo(day.plusDays(1), LocalTime.of(8, 0), SEOUL);
        String c3 = steps.startId(study, owner);
        steps.join(study, c3, owner);
        steps.join(study, c3, m1);
        CLOCK.advanceSeconds(30);
        steps.leave(study, c3, m1);
        CLOCK.advanceSeconds(30);
        steps.leave(study, c3, owner);
        CLOCK.advanceSeconds(60);
        assertThat(steps.status(study, owner).isNull()).isTrue();
        return new Scene(study, owner, m1, m2, day, firstJoin, lastJoin);
    }

    private JsonNode stats(String study, Person who, String query) {
        Response response = get(call(study) + "/stats" + query, who.token());
        assertThat(response.status()).as("stats %s", response).isEqualTo(200);
        assertKeys(response.json(), "stats");
        JsonNode stats = response.json().get("stats");
        assertKeys(stats, STUDY_STATS_KEYS);
        return stats;
    }

    @Test
    void study_stats_of_the_week_in_seoul_count_calls_per_seoul_day() {
        Scene scene = threeCallsOverTwoSeoulDays();
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), SEOUL);
        assertThat(today).isEqualTo(scene.day().plusDays(1));

        JsonNode stats = stats(scene.study(), scene.m2(), "?period=week&tz=Asia/Seoul");

        assertThat(stats.get("period").stringValue()).isEqualTo("week");
        assertThat(stats.get("totalSessions").longValue()).isEqualTo(3);
        assertThat(stats.get("totalParticipants").longValue()).isEqualTo(7);
        assertThat(stats.get("averageParticipants").doubleValue()).isEqualTo(2.3);
        assertThat(stats.get("totalDuration").longValue()).isEqualTo(240);
        assertThat(stats.get("averageDuration").longValue()).isEqualTo(80);
        JsonNode most = stats.get("mostActiveUser");
        assertKeys(most, "userId", "name", "sessionCount");
        assertThat(most.get("userId").stringValue()).as("same count as m1, more time").isEqualTo(scene.owner().id());
        assertThat(most.get("name").stringValue()).isEqualTo(scene.owner().name());
        assertThat(most.get("sessionCount").longValue()).isEqualTo(3);
        JsonNode days = stats.get("sessionsPerDay");
        assertThat(days.size()).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            JsonNode entry = days.get(i);
            assertKeys(entry, "date", "count");
            LocalDate date = today.minusDays(6 - i);
            assertThat(entry.get("date").stringValue()).isEqualTo(date.toString());
            long expected = date.equals(scene.day()) ? 2 : date.equals(today) ? 1 : 0;
            assertThat(entry.get("count").longValue()).as("count on %s", date).isEqualTo(expected);
        }
    }

    @Test
    void average_participants_is_written_with_one_decimal() {
        Scene scene = threeCallsOverTwoSeoulDays();

        Response response = get(call(scene.study()) + "/stats?period=week&tz=Asia/Seoul", scene.owner().token());

        assertThat(response.body()).contains("\"averageParticipants\":2.3").doesNotContain("2.33");
    }

    @Test
    void study_stats_in_utc_put_the_seoul_morning_call_on_the_previous_day() {
        Scene scene = threeCallsOverTwoSeoulDays();
        LocalDate todayUtc = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
        assertThat(todayUtc).isEqualTo(scene.day());

        JsonNode stats = stats(scene.study(), scene.owner(), "?period=week&tz=UTC");

        JsonNode days = stats.get("sessionsPerDay");
        assertThat(days.size()).isEqualTo(7);
        assertThat(days.get(6).get("date").stringValue()).isEqualTo(todayUtc.toString());
        assertThat(days.get(6).get("count").longValue()).isEqualTo(3);
        assertThat(days.get(5).get("count").longValue()).isZero();
    }

    @Test
    void study_stats_of_a_month_a_year_and_all_time_cover_every_day_oldest_first() {
        Scene scene = threeCallsOverTwoSeoulDays();
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), SEOUL);

        JsonNode month = stats(scene.study(), scene.owner(), "?period=month&tz=Asia/Seoul");
        JsonNode year = stats(scene.study(), scene.owner(), "?period=year&tz=Asia/Seoul");
        JsonNode all = stats(scene.study(), scene.owner(), "?period=all&tz=Asia/Seoul");

        assertThat(month.get("period").stringValue()).isEqualTo("month");
        assertThat(month.get("sessionsPerDay").size()).isEqualTo(30);
        assertThat(month.get("sessionsPerDay").get(0).get("date").stringValue()).isEqualTo(today.minusDays(29).toString());
        assertThat(month.get("sessionsPerDay").get(29).get("date").stringValue()).isEqualTo(today.toString());
        assertThat(month.get("totalSessions").longValue()).isEqualTo(3);
        assertThat(year.get("period").stringValue()).isEqualTo("year");
        assertThat(year.get("sessionsPerDay").size()).isEqualTo(365);
        assertThat(year.get("sessionsPerDay").get(364).get("date").stringValue()).isEqualTo(today.toString());
        assertThat(year.get("totalSessions").longValue()).isEqualTo(3);
        assertThat(all.get("period").stringValue()).isEqualTo("all");
        assertThat(strings(all.get("sessionsPerDay"), "date"))
                .as("from the day of the study's first call").containsExactly(scene.day().toString(), today.toString());
        assertThat(all.get("sessionsPerDay").get(0).get("count").longValue()).isEqualTo(2);
        assertThat(all.get("sessionsPerDay").get(1).get("count").longValue()).isEqualTo(1);
        assertThat(all.get("totalDuration").longValue()).isEqualTo(240);
    }

    @Test
    void study_stats_default_to_the_last_week_in_utc() {
        Person owner = person("owner");
        String study = steps.study(owner);

        JsonNode stats = stats(study, owner, "");

        assertThat(stats.get("period").stringValue()).isEqualTo("week");
        assertThat(stats.get("totalSessions").longValue()).isZero();
        assertThat(stats.get("totalParticipants").longValue()).isZero();
        assertThat(stats.get("averageParticipants").doubleValue()).isZero();
        assertThat(stats.get("totalDuration").longValue()).isZero();
        assertThat(stats.get("averageDuration").longValue()).isZero();
        assertThat(stats.has("mostActiveUser")).isTrue();
        assertThat(stats.get("mostActiveUser").isNull()).isTrue();
        JsonNode days = stats.get("sessionsPerDay");
        assertThat(days.size()).isEqualTo(7);
        assertThat(days.get(6).get("date").stringValue())
                .isEqualTo(LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).toString());
        for (JsonNode day : days.values()) {
            assertThat(day.get("count").longValue()).isZero();
        }
    }

    @Test
    void study_stats_count_the_call_in_progress_with_its_elapsed_time() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        CLOCK.advanceSeconds(90);

        JsonNode stats = stats(study, owner, "?period=all");

        assertThat(stats.get("totalSessions").longValue()).isEqualTo(1);
        assertThat(stats.get("totalParticipants").longValue()).isEqualTo(1);
        assertThat(stats.get("totalDuration").longValue()).isEqualTo(90);
        assertThat(stats.get("mostActiveUser").get("userId").stringValue()).isEqualTo(owner.id());
        assertThat(stats.get("mostActiveUser").get("sessionCount").longValue()).isEqualTo(1);
    }

    @Test
    void the_most_active_user_tie_goes_to_the_smaller_user_id() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String base = unique("tie");
        Person b = new Person(base + "-b", "B", token(base + "-b", "B"));
        Person a = new Person(base + "-a", "A", token(base + "-a", "A"));
        addMember(study, owner.token(), b.id());
        addMember(study, owner.token(), a.id());
        String session = steps.startId(study, owner);
        steps.join(study, session, b);
        steps.join(study, session, a);
        CLOCK.advanceSeconds(50);
        steps.leave(study, session, b);
        steps.leave(study, session, a);

        JsonNode most = stats(study, owner, "?period=all").get("mostActiveUser");

        assertThat(most.get("userId").stringValue()).isEqualTo(a.id());
        assertThat(most.get("name").stringValue()).isEqualTo("A");
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', value = {
            "period=decade            | period",
            "period=WEEKLY            | period",
            "tz=Mars/Olympus          | tz",
            "period=week&tz=nowhere   | tz"})
    void a_bad_stats_parameter_answers_400_naming_it(String query, String parameter) {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(get(call(study) + "/stats?" + query, owner.token()), parameter);
    }

    // --- GET /stats/users/{userId} -------------------------------------------------------------------------------

    private Response userStats(String study, Person caller, String userId, String query) {
        return get(call(study) + "/stats/users/" + userId + query, caller.token());
    }

    @Test
    void a_member_reads_their_own_stats() {
        Scene scene = threeCallsOverTwoSeoulDays();

        Response response = userStats(scene.study(), scene.m1(), scene.m1().id(), "");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "stats");
        JsonNode stats = response.json().get("stats");
        assertKeys(stats, USER_STATS_KEYS);
        assertThat(stats.get("userId").stringValue()).isEqualTo(scene.m1().id());
        assertThat(stats.get("totalSessions").longValue()).as("period all by default").isEqualTo(3);
        assertThat(stats.get("totalDuration").longValue()).isEqualTo(60 + 120 + 30);
        assertThat(stats.get("averageDuration").longValue()).isEqualTo(70);
        assertThat(stats.get("totalAudioMutedTime").longValue()).isZero();
        assertThat(stats.get("totalVideoOffTime").longValue()).isZero();
        assertThat(stats.get("totalScreenSharedTime").longValue()).isZero();
        assertInstant(stats.get("firstSession"), scene.firstJoin());
        assertInstant(stats.get("lastSession"), scene.lastJoin());
    }

    @Test
    void user_stats_follow_the_period_and_time_zone() {
        Scene scene = threeCallsOverTwoSeoulDays();

        Response response = userStats(scene.study(), scene.owner(), scene.m2().id(), "?period=week&tz=Asia/Seoul");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode stats = response.json().get("stats");
        assertThat(stats.get("totalSessions").longValue()).isEqualTo(1);
        assertThat(stats.get("totalDuration").longValue()).isEqualTo(60);
        assertInstant(stats.get("firstSession"), scene.firstJoin());
        assertInstant(stats.get("lastSession"), scene.firstJoin());
    }

    @Test
    void a_plain_member_may_not_read_another_members_stats() {
        Scene scene = threeCallsOverTwoSeoulDays();

        assertError(userStats(scene.study(), scene.m2(), scene.m1().id(), ""), 403, "PERMISSION_DENIED");
    }

    @Test
    void a_moderator_reads_any_members_stats() {
        Scene scene = threeCallsOverTwoSeoulDays();

        Response response = userStats(scene.study(), scene.owner(), scene.m1().id(), "?period=all");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("stats").get("userId").stringValue()).isEqualTo(scene.m1().id());
        assertThat(response.json().get("stats").get("totalSessions").longValue()).isEqualTo(3);
    }

    @Test
    void a_member_who_never_took_part_has_empty_stats() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");

        Response response = userStats(study, member, member.id(), "");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode stats = response.json().get("stats");
        assertKeys(stats, USER_STATS_KEYS);
        assertThat(stats.get("totalSessions").longValue()).isZero();
        assertThat(stats.get("totalDuration").longValue()).isZero();
        assertThat(stats.get("averageDuration").longValue()).isZero();
        assertThat(stats.get("firstSession").isNull()).isTrue();
        assertThat(stats.get("lastSession").isNull()).isTrue();
    }

    @Test
    void stats_of_someone_who_is_neither_member_nor_participant_answer_404_USER_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person stranger = person("stranger");
        steps.signIn(stranger);

        assertError(userStats(study, owner, stranger.id(), ""), 404, "USER_NOT_FOUND");
        assertError(userStats(study, owner, unique("nobody"), ""), 404, "USER_NOT_FOUND");
    }

    @Test
    void a_former_member_who_took_part_still_has_stats() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, member);
        CLOCK.advanceSeconds(25);
        steps.leave(study, session, member);
        assertThat(delete("/api/studies/" + study + "/members/" + member.id(), member.token()).status()).isEqualTo(204);

        Response response = userStats(study, owner, member.id(), "");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("stats").get("totalSessions").longValue()).isEqualTo(1);
        assertThat(response.json().get("stats").get("totalDuration").longValue()).isEqualTo(25);
    }

    @Test
    void user_stats_with_a_bad_period_answer_400() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(userStats(study, owner, owner.id(), "?period=forever"), "period");
        assertInvalid(userStats(study, owner, owner.id(), "?tz=Not/AZone"), "tz");
    }
}
