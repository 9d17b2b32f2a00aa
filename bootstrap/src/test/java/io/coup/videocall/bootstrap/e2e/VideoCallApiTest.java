package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.coup.videocall.bootstrap.e2e.Api.ALREADY_IN_PROGRESS;
import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInstant;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.assertParticipant;
import static io.coup.videocall.bootstrap.e2e.Api.assertSession;
import static io.coup.videocall.bootstrap.e2e.Api.assertUser;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Api.iso;
import static io.coup.videocall.bootstrap.e2e.Api.strings;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static io.coup.videocall.bootstrap.e2e.Steps.sessionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.2: start, status, join, leave, end, session detail and the attendance report. */
class VideoCallApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);

    // --- POST /start ---------------------------------------------------------------------------------------------

    @Test
    void start_creates_a_call_with_201_and_a_second_start_returns_it_with_200_and_a_message() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        Instant startedAt = CLOCK.instant();

        Response first = post(call(study) + "/start", owner.token(), null);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertKeys(first.json(), "session");
        JsonNode session = first.json().get("session");
        assertSession(session, study);
        String id = session.get("id").stringValue();
        assertThat(session.get("name").isNull()).isTrue();
        assertThat(session.get("startedBy").stringValue()).isEqualTo(owner.id());
        assertInstant(session.get("startedAt"), startedAt);
        assertThat(session.get("endedAt").isNull()).isTrue();
        assertThat(session.get("duration").isNull()).isTrue();
        assertUser(session.get("starter"), owner.id(), owner.name());

        CLOCK.advanceSeconds(5);
        Response second = post(call(study) + "/start", member.token(), null);

        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertKeys(second.json(), "session", "message");
        assertThat(second.json().get("message").stringValue()).isEqualTo(ALREADY_IN_PROGRESS);
        assertSession(second.json().get("session"), study);
        assertThat(second.json().get("session").get("id").stringValue()).isEqualTo(id);
        assertThat(second.json().get("session").get("startedBy").stringValue()).isEqualTo(owner.id());
        assertInstant(second.json().get("session").get("startedAt"), startedAt);
    }

    @Test
    void start_with_a_name_gives_the_call_that_title() {
        Person owner = person("owner");
        String study = steps.study(owner);

        Response response = post(call(study) + "/start", owner.token(), "{\"name\":\"Weekly review\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(response.json().get("session").get("name").stringValue()).isEqualTo("Weekly review");
    }

    @Test
    void start_with_a_name_over_100_characters_answers_400_and_starts_nothing() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(post(call(study) + "/start", owner.token(), "{\"name\":\"" + "n".repeat(101) + "\"}"), "name");
        assertThat(steps.status(study, owner).isNull()).isTrue();
    }

    @Test
    void every_new_call_of_a_study_gets_its_own_room() {
        Person owner = person("owner");
        String study = steps.study(owner);
        JsonNode first = steps.start(study, owner);
        steps.end(study, first.get("id").stringValue(), owner);

        Response again = post(call(study) + "/start", owner.token(), null);

        assertThat(again.status()).as("%s", again).isEqualTo(201);
        JsonNode second = again.json().get("session");
        assertThat(second.get("id").stringValue()).isNotEqualTo(first.get("id").stringValue());
        assertThat(second.get("roomId").stringValue()).isNotEqualTo(first.get("roomId").stringValue());
    }

    @Test
    void a_non_member_cannot_start_a_call() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person outsider = person("outsider");

        assertError(post(call(study) + "/start", outsider.token(), null), 403, "NOT_STUDY_MEMBER");
        assertThat(steps.status(study, owner).isNull()).as("no call was started").isTrue();
    }

    @Test
    void starting_a_call_in_a_study_that_does_not_exist_answers_403_NOT_STUDY_MEMBER() {
        Person someone = person("someone");

        assertError(post(call(unique("nowhere")) + "/start", someone.token(), null), 403, "NOT_STUDY_MEMBER");
    }

    // --- POST /join ----------------------------------------------------------------------------------------------

    @Test
    void join_answers_the_participant_in_full() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        CLOCK.advanceSeconds(3);
        Instant joinedAt = CLOCK.instant();

        Response response = post(call(study) + "/join", member.token(), sessionBody(session));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "participant");
        JsonNode participant = response.json().get("participant");
        assertParticipant(participant, session, member.id());
        assertInstant(participant.get("joinedAt"), joinedAt);
        assertThat(participant.get("leftAt").isNull()).isTrue();
        assertThat(participant.get("duration").longValue()).isZero();
        assertThat(participant.get("audioMutedTime").longValue()).isZero();
        assertThat(participant.get("videoOffTime").longValue()).isZero();
        assertThat(participant.get("screenSharedTime").longValue()).isZero();
        assertThat(participant.get("isMuted").booleanValue()).isFalse();
        assertThat(participant.get("isVideoOff").booleanValue()).isFalse();
        assertThat(participant.get("isSharing").booleanValue()).isFalse();
        assertUser(participant.get("user"), member.id(), member.name());
    }

    @Test
    void joining_again_while_present_changes_nothing() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        JsonNode first = steps.join(study, session, owner);
        CLOCK.advanceSeconds(10);

        JsonNode again = steps.join(study, session, owner);

        assertThat(again.get("id").stringValue()).isEqualTo(first.get("id").stringValue());
        assertThat(again.get("joinedAt").stringValue()).isEqualTo(first.get("joinedAt").stringValue());
        assertThat(again.get("duration").longValue()).isEqualTo(10);
        JsonNode mine = find(steps.detail(study, session, owner).get("participants"), "userId", owner.id());
        assertThat(mine.get("segments").size()).as("still one segment: %s", mine).isEqualTo(1);
    }

    @Test
    void a_userId_in_the_join_body_is_ignored_the_participant_is_the_token_subject() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);

        Response response = post(call(study) + "/join", member.token(),
                "{\"sessionId\":\"" + session + "\",\"userId\":\"" + owner.id() + "\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("participant").get("userId").stringValue()).isEqualTo(member.id());
        assertThat(strings(steps.status(study, owner).get("participants"), "userId")).containsExactly(member.id());
    }

    @Test
    void a_participant_who_leaves_and_rejoins_has_two_segments_and_is_not_credited_the_time_away() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);                // keeps the call going while the member is away

        Instant firstJoin = CLOCK.instant();
        steps.join(study, session, member);
        Instant firstLeave = CLOCK.advanceSeconds(60);
        steps.leave(study, session, member);
        Instant rejoin = CLOCK.advanceSeconds(600);
        JsonNode back = steps.join(study, session, member);
        assertInstant(back.get("joinedAt"), firstJoin);
        assertThat(back.get("leftAt").isNull()).as("present again: %s", back).isTrue();
        assertThat(back.get("duration").longValue()).isEqualTo(60);
        Instant lastLeave = CLOCK.advanceSeconds(30);
        steps.leave(study, session, member);

        JsonNode participant = find(steps.detail(study, session, owner).get("participants"), "userId", member.id());
        assertThat(participant.get("duration").longValue()).isEqualTo(90);
        assertInstant(participant.get("joinedAt"), firstJoin);
        assertInstant(participant.get("leftAt"), lastLeave);
        JsonNode segments = participant.get("segments");
        assertThat(segments.size()).isEqualTo(2);
        assertSegment(segments.get(0), firstJoin, firstLeave, "LEFT");
        assertSegment(segments.get(1), rejoin, lastLeave, "LEFT");
    }

    @Test
    void joining_an_ended_call_answers_400_SESSION_ENDED() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.leave(study, session, owner);

        assertError(post(call(study) + "/join", owner.token(), sessionBody(session)), 400, "SESSION_ENDED");
    }

    @Test
    void joining_a_session_of_another_study_answers_404_SESSION_NOT_FOUND() {
        Person owner = person("owner");
        String mine = steps.study(owner);
        String other = steps.study(owner);
        String otherSession = steps.startId(other, owner);

        assertError(post(call(mine) + "/join", owner.token(), sessionBody(otherSession)), 404, "SESSION_NOT_FOUND");
        assertThat(steps.status(other, owner).get("participants").size()).as("nobody joined").isZero();
    }

    @Test
    void joining_an_unknown_session_answers_404_SESSION_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertError(post(call(study) + "/join", owner.token(), sessionBody(unique("nosuch"))), 404, "SESSION_NOT_FOUND");
    }

    @Test
    void join_without_a_session_id_answers_400_naming_it() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(post(call(study) + "/join", owner.token(), "{}"), "sessionId");
        assertInvalid(post(call(study) + "/join", owner.token(), "{\"sessionId\":\"  \"}"), "sessionId");
    }

    @Test
    void the_eleventh_person_gets_409_SESSION_FULL_until_someone_leaves() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        List<Person> present = steps.fill(study, session, owner, 10);
        Person eleventh = steps.member(study, owner, "eleventh");

        JsonNode full = assertError(post(call(study) + "/join", eleventh.token(), sessionBody(session)), 409, "SESSION_FULL");

        assertThat(full.get("details").get("maxParticipants").intValue()).isEqualTo(10);
        assertThat(steps.status(study, owner).get("participants").size()).isEqualTo(10);
        assertThat(post(call(study) + "/join", present.get(0).token(), sessionBody(session)).status())
                .as("someone already present may join again").isEqualTo(200);
        steps.leave(study, session, present.get(0));
        assertThat(steps.join(study, session, eleventh).get("userId").stringValue()).isEqualTo(eleventh.id());
    }

    // --- POST /leave ---------------------------------------------------------------------------------------------

    @Test
    void leave_answers_success_true() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);

        Response response = post(call(study) + "/leave", owner.token(), sessionBody(session));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "success");
        assertThat(response.json().get("success").booleanValue()).isTrue();
    }

    @Test
    void the_last_leave_ends_the_call() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        Instant startedAt = CLOCK.instant();
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);
        CLOCK.advanceSeconds(30);
        steps.leave(study, session, owner);
        assertThat(steps.status(study, member).get("id").stringValue()).as("one person is still there").isEqualTo(session);
        Instant endedAt = CLOCK.advanceSeconds(30);

        steps.leave(study, session, member);

        Response status = get(call(study) + "/status", owner.token());
        assertThat(status.status()).isEqualTo(200);
        assertKeys(status.json(), "session");
        assertThat(status.json().get("session").isNull()).as("%s", status).isTrue();
        JsonNode ended = Api.find(steps.history(study, owner, "").get("sessions"), "id", session);
        assertInstant(ended.get("endedAt"), endedAt);
        assertThat(ended.get("duration").longValue()).isEqualTo(60);
        assertInstant(ended.get("startedAt"), startedAt);
    }

    @Test
    void leaving_a_call_one_never_joined_answers_404_PARTICIPANT_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);

        assertError(post(call(study) + "/leave", member.token(), sessionBody(session)), 404, "PARTICIPANT_NOT_FOUND");
        assertThat(steps.status(study, owner).get("id").stringValue()).isEqualTo(session);
    }

    @Test
    void leaving_twice_answers_200_both_times_and_changes_nothing() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);
        Instant left = CLOCK.advanceSeconds(20);
        steps.leave(study, session, member);
        CLOCK.advanceSeconds(40);

        Response again = post(call(study) + "/leave", member.token(), sessionBody(session));

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().get("success").booleanValue()).isTrue();
        JsonNode participant = find(steps.detail(study, session, owner).get("participants"), "userId", member.id());
        assertThat(participant.get("duration").longValue()).isEqualTo(20);
        assertInstant(participant.get("leftAt"), left);
        assertThat(participant.get("segments").size()).isEqualTo(1);
    }

    @Test
    void leaving_a_call_that_has_ended_answers_200() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        CLOCK.advanceSeconds(15);
        steps.leave(study, session, owner);
        CLOCK.advanceSeconds(15);

        Response again = post(call(study) + "/leave", owner.token(), sessionBody(session));

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        JsonNode detail = steps.detail(study, session, owner);
        assertThat(detail.get("duration").longValue()).isEqualTo(15);
    }

    // --- POST /sessions/{id}/end ---------------------------------------------------------------------------------

    @Test
    void a_plain_member_who_did_not_start_the_call_cannot_end_it() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, member);

        assertError(post(call(study) + "/sessions/" + session + "/end", member.token(), null), 403, "PERMISSION_DENIED");
        assertThat(steps.status(study, owner).get("id").stringValue()).isEqualTo(session);
    }

    @Test
    void the_starter_ends_the_call_and_everyones_segment_closes_with_SESSION_ENDED() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person starter = steps.member(study, owner, "starter");
        Instant startedAt = CLOCK.instant();
        String session = steps.startId(study, starter);
        steps.join(study, session, owner);
        steps.join(study, session, starter);
        Instant endedAt = CLOCK.advanceSeconds(45);

        Response response = post(call(study) + "/sessions/" + session + "/end", starter.token(), null);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "session");
        JsonNode ended = response.json().get("session");
        assertSession(ended, study);
        assertThat(ended.get("id").stringValue()).isEqualTo(session);
        assertInstant(ended.get("endedAt"), endedAt);
        assertThat(ended.get("duration").longValue()).isEqualTo(45);
        assertThat(steps.status(study, owner).isNull()).isTrue();
        JsonNode participants = steps.detail(study, session, owner).get("participants");
        for (Person p : List.of(owner, starter)) {
            JsonNode participant = find(participants, "userId", p.id());
            assertInstant(participant.get("leftAt"), endedAt);
            assertThat(participant.get("duration").longValue()).isEqualTo(45);
            assertSegment(participant.get("segments").get(0), startedAt, endedAt, "SESSION_ENDED");
        }
    }

    @Test
    void a_moderator_ends_a_call_someone_else_started() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person admin = steps.member(study, owner, "admin");
        steps.setMember(study, owner, admin.id(), "{\"role\":\"ADMIN\"}");
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, member);
        steps.join(study, session, member);
        Instant endedAt = CLOCK.advanceSeconds(12);

        Response response = post(call(study) + "/sessions/" + session + "/end", admin.token(), null);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertInstant(response.json().get("session").get("endedAt"), endedAt);
        JsonNode participant = find(steps.detail(study, session, owner).get("participants"), "userId", member.id());
        assertThat(participant.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("SESSION_ENDED");
        assertError(post(call(study) + "/join", member.token(), sessionBody(session)), 400, "SESSION_ENDED");
    }

    @Test
    void ending_an_unknown_session_answers_404_SESSION_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertError(post(call(study) + "/sessions/" + unique("nosuch") + "/end", owner.token(), null), 404, "SESSION_NOT_FOUND");
    }

    // --- GET /status ---------------------------------------------------------------------------------------------

    @Test
    void status_without_a_call_is_a_null_session() {
        Person owner = person("owner");
        String study = steps.study(owner);

        Response response = get(call(study) + "/status", owner.token());

        assertThat(response.status()).isEqualTo(200);
        assertKeys(response.json(), "session");
        assertThat(response.json().get("session").isNull()).isTrue();
    }

    @Test
    void status_shows_the_people_present_now_with_their_time_up_to_now() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        Instant startedAt = CLOCK.instant();
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);
        CLOCK.advanceSeconds(20);
        steps.leave(study, session, member);
        CLOCK.advanceSeconds(40);

        Response response = get(call(study) + "/status", member.token());

        assertThat(response.status()).isEqualTo(200);
        assertKeys(response.json(), "session");
        JsonNode live = response.json().get("session");
        assertSession(live, study, "onlineCount", "participants");
        assertThat(live.get("id").stringValue()).isEqualTo(session);
        assertInstant(live.get("startedAt"), startedAt);
        assertThat(live.get("onlineCount").isIntegralNumber()).isTrue();
        assertThat(live.get("onlineCount").intValue()).as("no sockets in these tests").isZero();
        JsonNode participants = live.get("participants");
        assertThat(participants.size()).as("only who is present: %s", participants).isEqualTo(1);
        JsonNode present = participants.get(0);
        assertParticipant(present, session, owner.id());
        assertThat(present.get("duration").longValue()).isEqualTo(60);
        assertThat(present.get("leftAt").isNull()).isTrue();
        assertUser(present.get("user"), owner.id(), owner.name());
    }

    // --- GET /sessions/{id} --------------------------------------------------------------------------------------

    @Test
    void session_detail_shows_every_participant_with_segments_and_message_count() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        Instant ownerJoin = CLOCK.instant();
        steps.join(study, session, owner);
        Instant memberJoin = CLOCK.advanceSeconds(5);
        steps.join(study, session, member);
        Instant memberLeave = CLOCK.advanceSeconds(25);
        steps.leave(study, session, member);
        CLOCK.advanceSeconds(10);

        Response response = get(call(study) + "/sessions/" + session, member.token());

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "session");
        JsonNode detail = response.json().get("session");
        assertSession(detail, study, "participants");
        assertThat(detail.get("endedAt").isNull()).isTrue();
        JsonNode participants = detail.get("participants");
        assertThat(strings(participants, "userId")).containsExactlyInAnyOrder(owner.id(), member.id());

        JsonNode gone = find(participants, "userId", member.id());
        assertParticipant(gone, session, member.id(), "segments", "messageCount");
        assertThat(gone.get("messageCount").intValue()).isZero();
        assertThat(gone.get("duration").longValue()).isEqualTo(25);
        assertThat(gone.get("segments").size()).isEqualTo(1);
        assertSegment(gone.get("segments").get(0), memberJoin, memberLeave, "LEFT");

        JsonNode here = find(participants, "userId", owner.id());
        assertParticipant(here, session, owner.id(), "segments", "messageCount");
        assertThat(here.get("duration").longValue()).as("counts up to now").isEqualTo(40);
        JsonNode open = here.get("segments").get(0);
        assertKeys(open, "joinedAt", "leftAt", "leaveReason");
        assertInstant(open.get("joinedAt"), ownerJoin);
        assertThat(open.get("leftAt").isNull()).isTrue();
        assertThat(open.get("leaveReason").isNull()).isTrue();
    }

    @Test
    void session_detail_of_another_studys_session_answers_404_SESSION_NOT_FOUND() {
        Person owner = person("owner");
        String mine = steps.study(owner);
        String other = steps.study(owner);
        String otherSession = steps.startId(other, owner);

        assertError(get(call(mine) + "/sessions/" + otherSession, owner.token()), 404, "SESSION_NOT_FOUND");
        assertError(get(call(mine) + "/sessions/" + unique("nosuch"), owner.token()), 404, "SESSION_NOT_FOUND");
    }

    // --- GET /sessions/{id}/attendance.csv -----------------------------------------------------------------------

    @Test
    void the_attendance_report_is_csv_with_one_row_per_segment_oldest_first() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        Instant t0 = CLOCK.instant();
        steps.join(study, session, owner);
        Instant t1 = CLOCK.advanceSeconds(10);
        steps.join(study, session, member);
        Instant t2 = CLOCK.advanceSeconds(60);
        steps.leave(study, session, member);
        Instant t3 = CLOCK.advanceSeconds(100);
        steps.join(study, session, member);
        Instant t4 = CLOCK.advanceSeconds(30);
        steps.end(study, session, owner);

        Response csv = get(call(study) + "/sessions/" + session + "/attendance.csv", owner.token());

        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("userId,name,joinedAt,leftAt,seconds,leaveReason");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                String.join(",", owner.id(), owner.name(), iso(t0), iso(t4), "200", "SESSION_ENDED"),
                String.join(",", member.id(), member.name(), iso(t1), iso(t2), "60", "LEFT"),
                String.join(",", member.id(), member.name(), iso(t3), iso(t4), "30", "SESSION_ENDED"));
    }

    @Test
    void the_attendance_report_quotes_names_containing_commas_or_quotes() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String id = unique("quoted");
        String token = token(id, "Kim, \"Minji\"");
        addMember(study, owner.token(), id);
        String session = steps.startId(study, owner);
        Instant joined = CLOCK.instant();
        assertThat(post(call(study) + "/join", token, sessionBody(session)).status()).isEqualTo(200);
        Instant left = CLOCK.advanceSeconds(7);
        assertThat(post(call(study) + "/leave", token, sessionBody(session)).status()).isEqualTo(200);

        Response csv = get(call(study) + "/sessions/" + session + "/attendance.csv", owner.token());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).toList())
                .containsExactly(id + ",\"Kim, \"\"Minji\"\"\"," + iso(joined) + "," + iso(left) + ",7,LEFT");
    }

    @Test
    void the_attendance_report_of_an_unknown_session_answers_404_SESSION_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertError(get(call(study) + "/sessions/" + unique("nosuch") + "/attendance.csv", owner.token()),
                404, "SESSION_NOT_FOUND");
    }

    // --- formats -------------------------------------------------------------------------------------------------

    @Test
    void instants_keep_three_fraction_digits_on_a_whole_second() {
        CLOCK.setInstant(CLOCK.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
        Person owner = person("owner");
        String study = steps.study(owner);

        JsonNode session = steps.start(study, owner);

        assertThat(session.get("startedAt").stringValue()).matches(Api.INSTANT).endsWith(".000Z");
        assertThat(steps.join(study, session.get("id").stringValue(), owner).get("joinedAt").stringValue()).endsWith(".000Z");
    }

    private static void assertSegment(JsonNode segment, Instant joinedAt, Instant leftAt, String reason) {
        assertKeys(segment, "joinedAt", "leftAt", "leaveReason");
        assertInstant(segment.get("joinedAt"), joinedAt);
        assertInstant(segment.get("leftAt"), leftAt);
        assertThat(segment.get("leaveReason").stringValue()).isEqualTo(reason);
    }
}
