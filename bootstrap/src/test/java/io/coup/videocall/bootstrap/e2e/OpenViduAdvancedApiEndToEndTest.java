package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static io.coup.videocall.bootstrap.e2e.AdvancedApiEndToEndTest.ADVANCED;
import static io.coup.videocall.bootstrap.e2e.AdvancedApiEndToEndTest.QUICK_JOIN_KEYS;
import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4.3 / §6.6 with {@code coup.media.provider=openvidu}: the whole service, over HTTP against PostgreSQL, talking
 * to the HTTP emulation of the OpenVidu 2 REST API that the adapter's own tests use.
 * <p>
 * A context of its own (another provider, another Socket.IO port). It runs after every other end-to-end class: Spring's
 * test context cache pauses the shared context meanwhile (stops its Socket.IO server), and netty-socketio's server does
 * not accept connections again after a stop and start, so the shared context must not be resumed after this class.
 */
@Order(Integer.MAX_VALUE)
class OpenViduAdvancedApiEndToEndTest extends EndToEndTest {

    private static final String OPENVIDU_SECRET = "e2e-openvidu-secret";
    private static final OpenViduEmulator OPENVIDU = OpenViduEmulator.start(OPENVIDU_SECRET);
    private static final String SESSIONS = OpenViduEmulator.API + "/sessions";
    private static final int OWN_SIGNALING_PORT = freePort();

    private final Steps steps = new Steps(this);

    @DynamicPropertySource
    static void openVidu(DynamicPropertyRegistry registry) {
        registry.add("coup.media.provider", () -> "openvidu");
        registry.add("coup.openvidu.url", OPENVIDU::url);
        registry.add("coup.openvidu.secret", () -> OPENVIDU_SECRET);
        registry.add("coup.openvidu.webhook.secret", () -> OpenViduWebhookEndToEndTest.WEBHOOK_SECRET);
        registry.add("coup.openvidu.connect-timeout", () -> "500ms");
        registry.add("coup.openvidu.read-timeout", () -> "2s");
        registry.add("coup.openvidu.retry.attempts", () -> "2");
        registry.add("coup.openvidu.retry.initial-backoff", () -> "10ms");
        registry.add("coup.signaling.port", () -> OWN_SIGNALING_PORT);
    }

    @AfterEach
    void serverBack() {
        OPENVIDU.comeBack();
    }

    @AfterAll
    static void stopServer() {
        OPENVIDU.close();
    }

    private JsonNode quickJoin(Person who, String study) {
        Response response = post(ADVANCED + "/quick-join", who.token(), "{\"studyId\":\"" + study + "\"}");
        assertThat(response.status()).as("quick-join %s", response).isEqualTo(200);
        assertKeys(response.json(), QUICK_JOIN_KEYS);
        return response.json();
    }

    private JsonNode segments(String study, String sessionId, Person who) {
        return Api.find(steps.detail(study, sessionId, who).get("participants"), "userId", who.id()).get("segments");
    }

    @Test
    void quick_join_creates_the_openvidu_session_and_a_second_member_gets_a_second_connection_in_it() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");

        JsonNode first = quickJoin(ann, study);
        JsonNode second = quickJoin(bob, study);

        String sessionId = first.get("sessionId").stringValue();
        assertThat(first.get("isNewSession").asBoolean()).isTrue();
        assertThat(second.get("isNewSession").asBoolean()).isFalse();
        assertThat(second.get("sessionId").stringValue()).isEqualTo(sessionId);
        assertThat(first.get("mediaProvider").stringValue()).isEqualTo("OPENVIDU");
        assertThat(first.get("openviduServerUrl").stringValue()).isEqualTo(OPENVIDU.url());
        assertThat(first.get("expiresAt").isNull()).isTrue();
        assertThat(first.get("configInfo").get("tokenTtlSeconds").isNull()).isTrue();
        assertThat(OPENVIDU.sessionIds()).contains(sessionId);
        assertThat(OPENVIDU.connectionCount(sessionId)).isEqualTo(2);
        assertThat(OPENVIDU.connection(sessionId, first.get("connectionId").stringValue()).orElseThrow()
                .get("token").getAsString()).isEqualTo(first.get("token").stringValue());

        OPENVIDU.activate(sessionId, first.get("connectionId").stringValue());
        JsonNode live = get(ADVANCED + "/sessions/" + sessionId + "/status", ann.token()).json();
        assertThat(live.get("mediaProvider").stringValue()).isEqualTo("OPENVIDU");
        assertThat(Api.find(live.get("participants"), "userId", ann.id()).get("isConnected").asBoolean()).isTrue();
        assertThat(Api.find(live.get("participants"), "userId", bob.id()).get("isConnected").asBoolean()).isFalse();
    }

    @Test
    void refresh_token_issues_another_connection_and_leaves_attendance_alone() {
        Person ann = person("ann");
        String study = steps.study(ann);
        JsonNode joined = quickJoin(ann, study);
        String sessionId = joined.get("sessionId").stringValue();

        Response refreshed = post(ADVANCED + "/sessions/" + sessionId + "/refresh-token", ann.token(), null);

        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
        assertThat(refreshed.json().get("isTokenRefresh").asBoolean()).isTrue();
        assertThat(refreshed.json().get("token").stringValue()).isNotEqualTo(joined.get("token").stringValue());
        assertThat(OPENVIDU.connectionCount(sessionId)).as("the current connection keeps working").isEqualTo(2);
        assertThat(segments(study, sessionId, ann).size()).isEqualTo(1);
    }

    @Test
    void auto_reconnect_force_disconnects_the_last_connection_and_keeps_one_segment() {
        Person ann = person("ann");
        String study = steps.study(ann);
        JsonNode joined = quickJoin(ann, study);
        String sessionId = joined.get("sessionId").stringValue();
        String last = joined.get("connectionId").stringValue();
        OPENVIDU.activate(sessionId, last);

        Response again = post(ADVANCED + "/sessions/" + sessionId + "/auto-reconnect?lastConnectionId=" + last,
                ann.token(), null);

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().get("isReconnection").asBoolean()).isTrue();
        assertThat(OPENVIDU.count("DELETE", SESSIONS + "/" + sessionId + "/connection/" + last)).isEqualTo(1);
        assertThat(OPENVIDU.connection(sessionId, last)).isEmpty();
        assertThat(OPENVIDU.connection(sessionId, again.json().get("connectionId").stringValue())).isPresent();
        JsonNode segments = segments(study, sessionId, ann);
        assertThat(segments.size()).isEqualTo(1);
        assertThat(segments.get(0).get("leftAt").isNull()).isTrue();
    }

    @Test
    void kick_force_disconnects_the_users_connections_and_end_closes_the_session() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        String sessionId = quickJoin(ann, study).get("sessionId").stringValue();
        String bobs = quickJoin(bob, study).get("connectionId").stringValue();

        Response kicked = post(call(study) + "/sessions/" + sessionId + "/participants/" + bob.id() + "/kick", ann.token(), null);
        assertThat(kicked.status()).as("%s", kicked).isEqualTo(202);
        assertThat(OPENVIDU.count("DELETE", SESSIONS + "/" + sessionId + "/connection/" + bobs)).isEqualTo(1);

        steps.end(study, sessionId, ann);
        assertThat(OPENVIDU.count("DELETE", SESSIONS + "/" + sessionId)).isEqualTo(1);
        assertThat(OPENVIDU.sessionIds()).doesNotContain(sessionId);
    }

    @Test
    void with_the_media_server_down_quick_join_is_503_and_nothing_is_recorded() {
        Person ann = person("ann");
        String study = steps.study(ann);
        OPENVIDU.goDown();

        Response refused = post(ADVANCED + "/quick-join", ann.token(), "{\"studyId\":\"" + study + "\"}");

        assertError(refused, 503, "MEDIA_SERVER_UNAVAILABLE");
        assertThat(steps.status(study, ann).isNull()).as("no call was stored").isTrue();
        assertThat(steps.history(study, ann, "").get("sessions").isEmpty()).isTrue();

        OPENVIDU.comeBack();
        String sessionId = quickJoin(ann, study).get("sessionId").stringValue();
        OPENVIDU.goDown();
        Person bob = steps.member(study, ann, "bob");
        assertError(post(ADVANCED + "/quick-join", bob.token(), "{\"studyId\":\"" + study + "\"}"), 503,
                "MEDIA_SERVER_UNAVAILABLE");
        assertThat(Api.strings(steps.detail(study, sessionId, ann).get("participants"), "userId"))
                .as("no participant without a token").containsExactly(ann.id());
    }
}
