package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.adapter.in.rest.Samples;
import io.coup.videocall.application.port.in.call.CallHistoryQuery;
import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.domain.call.ParticipantNotFoundException;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.PermissionDeniedException;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonCompareMode;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CallControllerTest extends HttpTestSupport {

    private static final String SESSION_JSON = """
            "id": "s-1", "studyId": "algo", "roomId": "study-algo-s-1", "name": "Daily sync", "startedBy": "alice",
            "startedAt": "2025-11-19T10:30:00.000Z", "endedAt": null, "duration": null, "mediaProvider": "MESH",
            "starter": {"id": "alice", "name": "Alice", "avatar": "https://img.example/alice.png"}
            """;
    private static final String ENDED_SESSION_JSON = """
            "id": "s-1", "studyId": "algo", "roomId": "study-algo-s-1", "name": "Daily sync", "startedBy": "alice",
            "startedAt": "2025-11-19T10:30:00.000Z", "endedAt": "2025-11-19T11:00:00.007Z", "duration": 1800,
            "mediaProvider": "OPENVIDU",
            "starter": {"id": "alice", "name": "Alice", "avatar": "https://img.example/alice.png"}
            """;
    private static final String PARTICIPANT_JSON = """
            {"id": "p-1", "sessionId": "s-1", "userId": "alice", "joinedAt": "2025-11-19T10:30:00.000Z",
             "leftAt": null, "duration": 930, "audioMutedTime": 60, "videoOffTime": 120, "screenSharedTime": 30,
             "isMuted": true, "isVideoOff": false, "isSharing": true,
             "user": {"id": "alice", "name": "Alice", "avatar": "https://img.example/alice.png"}}
            """;

    @Test
    void start_creating_a_call_is_201_with_the_session_only() throws Exception {
        mvc.perform(postAs("alice", CALL + "/start", null))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"session\": {" + SESSION_JSON + "}}", JsonCompareMode.STRICT));
        assertThat(useCases.last(StartCallCommand.class))
                .isEqualTo(new StartCallCommand(StudyId.of("algo"), UserId.of("alice"), null));
    }

    @Test
    void start_with_a_call_in_progress_is_200_with_a_message() throws Exception {
        useCases.startResult = new StartCallResult(Samples.SESSION, false);

        mvc.perform(postAs("bob", CALL + "/start", "{}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"session\": {" + SESSION_JSON + "},"
                        + "\"message\": \"A video call is already in progress.\"}", JsonCompareMode.STRICT));
    }

    @Test
    void start_passes_the_optional_name() throws Exception {
        mvc.perform(postAs("alice", CALL + "/start", "{\"name\": \"  Mock interview \"}")).andExpect(status().isCreated());

        assertThat(useCases.last(StartCallCommand.class).name()).isEqualTo("Mock interview");
    }

    @Test
    void start_refuses_a_name_over_100_characters() throws Exception {
        mvc.perform(postAs("alice", CALL + "/start", "{\"name\": \"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"details\": {\"fields\": {\"name\": \"size must be between 0 and 100\"}}}"));
    }

    @Test
    void status_flattens_the_session_and_adds_online_count_and_participants() throws Exception {
        mvc.perform(getAs("alice", CALL + "/status"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"session\": {" + SESSION_JSON + ", \"onlineCount\": 2,"
                        + "\"participants\": [" + PARTICIPANT_JSON + "]}}", JsonCompareMode.STRICT));
        assertThat(useCases.last(StudyQuery.class)).isEqualTo(new StudyQuery(StudyId.of("algo"), UserId.of("alice")));
    }

    @Test
    void status_without_a_call_is_session_null() throws Exception {
        useCases.status = Optional.empty();

        mvc.perform(getAs("alice", CALL + "/status"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"session\": null}", JsonCompareMode.STRICT));
    }

    @Test
    void join_answers_the_participant_and_takes_the_identity_from_the_token() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", "{\"sessionId\": \"s-1\", \"userId\": \"mallory\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"participant\": " + PARTICIPANT_JSON + "}", JsonCompareMode.STRICT));
        assertThat(useCases.last(SessionCommand.class))
                .isEqualTo(new SessionCommand(StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice")));
    }

    @Test
    void join_without_a_session_id_names_the_field() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "error": "The request has invalid fields.",
                         "details": {"fields": {"sessionId": "must not be blank"}}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void join_with_malformed_json_is_400_invalid_request() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", "{\"sessionId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "error": "The request body is not valid JSON.",
                         "details": {"fields": {"body": "is not valid JSON"}}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void join_with_a_wrong_json_type_names_the_field() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", "{\"sessionId\": {\"nested\": true}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"sessionId": "has the wrong type or format"}}}
                        """));
    }

    @Test
    void join_without_a_body_is_400_invalid_request() throws Exception {
        mvc.perform(postAs("alice", CALL + "/join", null).contentType("application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"body": "is required"}}}
                        """));
    }

    @Test
    void leave_answers_success_and_takes_the_identity_from_the_token() throws Exception {
        mvc.perform(postAs("bob", CALL + "/leave", "{\"sessionId\": \"s-1\", \"userId\": \"alice\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"success\": true}", JsonCompareMode.STRICT));
        assertThat(useCases.last(SessionCommand.class))
                .isEqualTo(new SessionCommand(StudyId.of("algo"), SessionId.of("s-1"), UserId.of("bob")));
    }

    @Test
    void history_answers_sessions_with_attendees_and_pagination() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"sessions\": [{" + ENDED_SESSION_JSON + ","
                        + "\"participants\": [{\"id\": \"p-1\", \"userId\": \"alice\", \"duration\": 1800,"
                        + "  \"user\": {\"id\": \"alice\", \"name\": \"Alice\", \"avatar\": \"https://img.example/alice.png\"}}],"
                        + "\"participantCount\": 1}],"
                        + "\"pagination\": {\"page\": 2, \"limit\": 10, \"total\": 11, \"totalPages\": 2}}",
                        JsonCompareMode.STRICT));
        assertThat(useCases.last(CallHistoryQuery.class))
                .isEqualTo(new CallHistoryQuery(StudyId.of("algo"), UserId.of("alice"), 1, 20, null, null));
    }

    @Test
    void history_passes_page_and_limit() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?page=3&limit=100")).andExpect(status().isOk());

        CallHistoryQuery query = useCases.last(CallHistoryQuery.class);
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.limit()).isEqualTo(100);
    }

    @Test
    void history_page_that_is_no_number_is_a_bad_field() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?page=abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "error": "Parameter 'page' has the wrong type.",
                         "details": {"fields": {"page": "must be a valid integer"}}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.received()).isEmpty();
    }

    /** Spring would read them as 8, 3, 5 and 16: a number here is ASCII digits (found by MalformedRestInputFuzzTest). */
    @Test
    void history_limit_in_the_digits_of_another_script_is_a_bad_field() throws Exception {
        for (String digit : new String[] {"\u0ED8", "\u0663", "\uFF15", "0x10"}) {
            mvc.perform(getAs("alice", CALL + "/history?limit=" + digit))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().json("""
                            {"code": "INVALID_REQUEST", "details": {"fields": {"limit": "must be a valid integer"}}}
                            """));
        }
        mvc.perform(getAs("alice", CALL + "/history").param("limit", "+7").param("page", " 07 "))
                .andExpect(status().isOk());
        assertThat(useCases.last(CallHistoryQuery.class).limit()).isEqualTo(7);
        assertThat(useCases.last(CallHistoryQuery.class).page()).isEqualTo(7);
    }

    @Test
    void history_limit_0_and_page_0_are_both_named() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?page=0&limit=0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {
                          "page": "must be greater than or equal to 1", "limit": "must be greater than or equal to 1"}}}
                        """));
    }

    @Test
    void history_limit_101_is_a_bad_field() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?limit=101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"limit": "must be less than or equal to 100"}}}
                        """));
    }

    @Test
    void history_dates_cover_whole_days_inclusive() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?startDate=2025-11-01&endDate=2025-11-19")).andExpect(status().isOk());

        CallHistoryQuery query = useCases.last(CallHistoryQuery.class);
        assertThat(query.startedFrom()).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
        assertThat(query.startedUntil()).isEqualTo(Instant.parse("2025-11-20T00:00:00Z"));
    }

    @Test
    void history_dates_are_read_in_the_given_time_zone() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?startDate=2025-11-19&endDate=2025-11-19&tz=Asia/Seoul"))
                .andExpect(status().isOk());

        CallHistoryQuery query = useCases.last(CallHistoryQuery.class);
        assertThat(query.startedFrom()).isEqualTo(Instant.parse("2025-11-18T15:00:00Z"));
        assertThat(query.startedUntil()).isEqualTo(Instant.parse("2025-11-19T15:00:00Z"));
    }

    @Test
    void history_accepts_instants_with_the_end_inclusive() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?startDate=2025-11-19T10:00:00Z&endDate=2025-11-19T12:00:00.500Z"))
                .andExpect(status().isOk());

        CallHistoryQuery query = useCases.last(CallHistoryQuery.class);
        assertThat(query.startedFrom()).isEqualTo(Instant.parse("2025-11-19T10:00:00Z"));
        assertThat(query.startedUntil()).isEqualTo(Instant.parse("2025-11-19T12:00:00.501Z"));
    }

    @Test
    void history_names_every_unreadable_date_and_zone() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?startDate=yesterday&endDate=2025-13-01&tz=Mars/Olympus"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {
                          "tz": "must be a time zone such as UTC or Asia/Seoul",
                          "startDate": "must be a date (2025-11-19) or an ISO-8601 instant (2025-11-19T10:30:00Z)",
                          "endDate": "must be a date (2025-11-19) or an ISO-8601 instant (2025-11-19T10:30:00Z)"}}}
                        """));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void history_end_before_start_is_a_bad_end_date() throws Exception {
        mvc.perform(getAs("alice", CALL + "/history?startDate=2025-11-19&endDate=2025-11-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"endDate": "must not be before startDate"}}}
                        """));
    }

    @Test
    void session_detail_flattens_session_and_participants_with_segments() throws Exception {
        mvc.perform(getAs("alice", CALL + "/sessions/s-1"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"session\": {" + ENDED_SESSION_JSON + ", \"participants\": [{"
                        + "\"id\": \"p-2\", \"sessionId\": \"s-1\", \"userId\": \"bob\","
                        + "\"joinedAt\": \"2025-11-19T10:45:30.250Z\", \"leftAt\": \"2025-11-19T11:00:00.007Z\","
                        + "\"duration\": 300, \"audioMutedTime\": 0, \"videoOffTime\": 5, \"screenSharedTime\": 0,"
                        + "\"isMuted\": false, \"isVideoOff\": true, \"isSharing\": false,"
                        + "\"user\": {\"id\": \"bob\", \"name\": null, \"avatar\": null},"
                        + "\"segments\": [{\"joinedAt\": \"2025-11-19T10:45:30.250Z\","
                        + "  \"leftAt\": \"2025-11-19T11:00:00.007Z\", \"leaveReason\": \"LEFT\"}],"
                        + "\"messageCount\": 4}]}}", JsonCompareMode.STRICT));
        assertThat(useCases.last(SessionCommand.class))
                .isEqualTo(new SessionCommand(StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice")));
    }

    @Test
    void end_answers_the_ended_session() throws Exception {
        mvc.perform(postAs("alice", CALL + "/sessions/s-1/end", null))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"session\": {" + ENDED_SESSION_JSON + "}}", JsonCompareMode.STRICT));
        assertThat(useCases.last(SessionCommand.class))
                .isEqualTo(new SessionCommand(StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice")));
    }

    @Test
    void mute_is_202_with_no_body_and_takes_the_moderator_from_the_token() throws Exception {
        mvc.perform(postAs("alice", CALL + "/sessions/s-1/participants/bob/mute", null))
                .andExpect(status().isAccepted())
                .andExpect(content().string(""));
        assertThat(useCases.last(ModerateParticipantCommand.class)).isEqualTo(new ModerateParticipantCommand(
                StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice"), UserId.of("bob")));
    }

    @Test
    void kick_is_202_with_no_body_and_takes_the_moderator_from_the_token() throws Exception {
        mvc.perform(postAs("alice", CALL + "/sessions/s-1/participants/bob/kick", null))
                .andExpect(status().isAccepted())
                .andExpect(content().string(""));
        assertThat(useCases.last(ModerateParticipantCommand.class)).isEqualTo(new ModerateParticipantCommand(
                StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice"), UserId.of("bob")));
    }

    @Test
    void kick_by_a_plain_member_is_403_permission_denied() throws Exception {
        useCases.failure = new PermissionDeniedException("Only the study's owners and admins may do this.");

        mvc.perform(postAs("bob", CALL + "/sessions/s-1/participants/alice/kick", null))
                .andExpect(status().isForbidden())
                .andExpect(content().json("""
                        {"code": "PERMISSION_DENIED", "error": "Only the study's owners and admins may do this.", "details": {}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void mute_of_someone_not_in_the_call_is_404_participant_not_found() throws Exception {
        useCases.failure = new ParticipantNotFoundException(SessionId.of("s-1"), UserId.of("carol"));

        mvc.perform(postAs("alice", CALL + "/sessions/s-1/participants/carol/mute", null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PARTICIPANT_NOT_FOUND"));
    }

    @Test
    void mute_without_a_token_is_401() throws Exception {
        mvc.perform(post(CALL + "/sessions/s-1/participants/bob/mute"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void attendance_is_an_rfc4180_csv_attachment_with_formulas_neutralised() throws Exception {
        mvc.perform(getAs("alice", CALL + "/sessions/s-1/attendance.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"attendance-s-1.csv\""))
                .andExpect(content().string("userId,name,joinedAt,leftAt,seconds,leaveReason\r\n"
                        + "alice,Alice,2025-11-19T10:30:00.000Z,2025-11-19T10:45:30.250Z,930,LEFT\r\n"
                        + "bob,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2025-11-19T10:45:30.250Z,,10,\r\n"));
        assertThat(useCases.last(SessionCommand.class))
                .isEqualTo(new SessionCommand(StudyId.of("algo"), SessionId.of("s-1"), UserId.of("alice")));
    }

    @Test
    void attendance_errors_are_still_json() throws Exception {
        useCases.failure = new io.coup.videocall.application.port.in.NotFoundException(
                io.coup.videocall.domain.shared.ErrorCode.SESSION_NOT_FOUND, "Session s-9 was not found in this study.");

        mvc.perform(getAs("alice", CALL + "/sessions/s-9/attendance.csv").header(HttpHeaders.ACCEPT, "text/csv"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
                .andExpect(content().json("""
                        {"code": "SESSION_NOT_FOUND", "error": "Session s-9 was not found in this study.", "details": {}}
                        """, JsonCompareMode.STRICT));
    }
}
