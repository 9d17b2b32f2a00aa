package io.coup.videocall.adapter.in.rest.media;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand.Purpose;
import io.coup.videocall.application.port.in.media.MediaStatusQuery;
import io.coup.videocall.application.port.in.media.QuickJoinCommand;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdvancedCallControllerTest extends HttpTestSupport {

    private static final String BASE = "/api/video-call/advanced";
    private static final String CONFIG_INFO = """
            "mediaProvider": "MESH",
            "iceServers": [{"urls": ["stun:stun.example:3478"]},
                           {"urls": ["turn:turn.example:3478"], "username": "u", "credential": "p"}],
            "defaultVideoConfig": {"resolution": "640x480", "frameRate": 30, "publishAudio": true, "publishVideo": true},
            "supportedBrowsers": ["Chrome", "Firefox"],
            "features": {"chatEnabled": true, "screenShareEnabled": true, "recordingEnabled": false,
                         "virtualBackgroundEnabled": false},
            "maxParticipants": 10, "tokenTtlSeconds": 600, "tokenRefreshMarginSeconds": 60
            """;
    private static final String URLS = """
            "openviduServerUrl": null, "apiBaseUrl": "http://localhost", "webSocketUrl": "http://localhost:9092/coup"
            """;

    private static String quickJoinJson(boolean isNew, boolean isRefresh, boolean isReconnection) {
        return "{\"sessionId\": \"s-1\", \"sessionName\": \"Daily sync\", \"studyId\": \"algo\", "
                + "\"roomId\": \"study-algo-s-1\", \"username\": \"Alice on a phone\", \"token\": \"ticket-1\", "
                + "\"connectionId\": \"con-1\", \"expiresAt\": \"2025-11-19T11:00:00.007Z\", \"mediaProvider\": \"MESH\", "
                + URLS + ", \"isNewSession\": " + isNew + ", \"isTokenRefresh\": " + isRefresh
                + ", \"isReconnection\": " + isReconnection + ", \"configInfo\": {" + CONFIG_INFO + "}}";
    }

    @Test
    void quick_join_answers_the_exact_shape_and_takes_the_identity_from_the_token_only() throws Exception {
        mvc.perform(postAs("alice", BASE + "/quick-join",
                        "{\"studyId\": \"algo\", \"username\": \"mallory\", \"userId\": \"mallory\", \"sessionName\": \"Evening\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json(quickJoinJson(true, false, false), JsonCompareMode.STRICT));

        assertThat(useCases.last(QuickJoinCommand.class)).isEqualTo(new QuickJoinCommand(StudyId.of("algo"),
                UserId.of("alice"), "Evening", true, null, "mallory"));
    }

    @Test
    void quick_join_passes_auto_create_false_and_a_named_session() throws Exception {
        mvc.perform(postAs("alice", BASE + "/quick-join",
                        "{\"studyId\": \"algo\", \"autoCreateSession\": false, \"sessionId\": \"s-9\"}"))
                .andExpect(status().isOk());

        QuickJoinCommand command = useCases.last(QuickJoinCommand.class);
        assertThat(command.autoCreateSession()).isFalse();
        assertThat(command.sessionId()).isEqualTo(SessionId.of("s-9"));
    }

    @Test
    void quick_join_needs_a_study_id_and_a_token() throws Exception {
        mvc.perform(postAs("alice", BASE + "/quick-join", "{\"username\": \"alice\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.details.fields.studyId").exists());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(BASE + "/quick-join")
                        .contentType("application/json").content("{\"studyId\": \"algo\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTH_REQUIRED"));
    }

    @Test
    void the_use_cases_refusals_keep_their_codes() throws Exception {
        useCases.failure = new NotStudyMemberException(StudyId.of("algo"));
        mvc.perform(postAs("eve", BASE + "/quick-join", "{\"studyId\": \"algo\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_STUDY_MEMBER"));

        useCases.failure = new MediaServerUnavailableException("POST /sessions: connection refused");
        mvc.perform(postAs("alice", BASE + "/quick-join", "{\"studyId\": \"algo\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("MEDIA_SERVER_UNAVAILABLE"))
                .andExpect(jsonPath("$.error").value("The media server is unavailable. Please try again shortly."));
    }

    @Test
    void config_is_the_configuration_with_urls_derived_from_the_request() throws Exception {
        mvc.perform(getAs("alice", BASE + "/config"))
                .andExpect(status().isOk())
                .andExpect(content().json("{" + URLS + ", " + CONFIG_INFO + "}", JsonCompareMode.STRICT));
    }

    @Test
    void refresh_token_and_auto_reconnect_say_what_they_did() throws Exception {
        mvc.perform(postAs("alice", BASE + "/sessions/s-1/refresh-token?username=Ally", null))
                .andExpect(status().isOk())
                .andExpect(content().json(quickJoinJson(false, true, false), JsonCompareMode.STRICT));
        assertThat(useCases.last(ConnectToCallCommand.class)).isEqualTo(new ConnectToCallCommand(SessionId.of("s-1"),
                UserId.of("alice"), "Ally", Purpose.REFRESH, null));

        mvc.perform(postAs("alice", BASE + "/sessions/s-1/auto-reconnect?lastConnectionId=con-0", null))
                .andExpect(status().isOk())
                .andExpect(content().json(quickJoinJson(false, false, true), JsonCompareMode.STRICT));
        assertThat(useCases.last(ConnectToCallCommand.class)).isEqualTo(new ConnectToCallCommand(SessionId.of("s-1"),
                UserId.of("alice"), null, Purpose.RECONNECT, "con-0"));
    }

    @Test
    void status_answers_the_exact_shape() throws Exception {
        mvc.perform(getAs("bob", BASE + "/sessions/s-1/status"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"sessionId": "s-1", "sessionName": "Daily sync", "studyId": "algo", "isActive": true,
                         "participantCount": 1,
                         "participants": [{"userId": "alice", "name": "Alice", "connectionId": "con-1",
                                           "joinedAt": "2025-11-19T10:30:00.000Z", "isConnected": true,
                                           "isMuted": true, "isVideoOff": false, "isSharing": false}],
                         "createdAt": "2025-11-19T10:30:00.000Z", "mediaProvider": "MESH"}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(MediaStatusQuery.class))
                .isEqualTo(new MediaStatusQuery(SessionId.of("s-1"), UserId.of("bob")));
    }
}
