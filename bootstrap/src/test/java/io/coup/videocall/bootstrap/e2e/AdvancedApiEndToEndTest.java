package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4.3 with the default mesh provider, over HTTP against PostgreSQL, and the tickets it issues used by the official
 * socket.io-client.
 */
class AdvancedApiEndToEndTest extends SocketEndToEndTest {

    static final String ADVANCED = "/api/video-call/advanced";
    static final String[] QUICK_JOIN_KEYS = {"sessionId", "sessionName", "studyId", "roomId", "username", "token",
            "connectionId", "expiresAt", "mediaProvider", "openviduServerUrl", "apiBaseUrl", "webSocketUrl",
            "isNewSession", "isTokenRefresh", "isReconnection", "configInfo"};
    static final String[] CONFIG_INFO_KEYS = {"mediaProvider", "iceServers", "defaultVideoConfig", "supportedBrowsers",
            "features", "maxParticipants", "tokenTtlSeconds", "tokenRefreshMarginSeconds"};

    private final Steps steps = new Steps(this);

    JsonNode quickJoin(Person who, String json) {
        Response response = post(ADVANCED + "/quick-join", who.token(), json);
        assertThat(response.status()).as("quick-join %s", response).isEqualTo(200);
        assertKeys(response.json(), QUICK_JOIN_KEYS);
        return response.json();
    }

    private JsonNode segments(String study, String sessionId, Person who, Person viewer) {
        JsonNode participants = steps.detail(study, sessionId, viewer).get("participants");
        return Api.find(participants, "userId", who.id()).get("segments");
    }

    @Test
    void quick_join_starts_the_call_a_second_member_joins_the_same_and_the_tickets_open_its_room() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");

        JsonNode first = quickJoin(ann, "{\"studyId\":\"" + study + "\",\"sessionName\":\"Evening\",\"username\":\"Annie\"}");
        JsonNode second = quickJoin(bob, "{\"studyId\":\"" + study + "\",\"username\":\"" + ann.id() + "\"}");

        assertThat(first.get("isNewSession").asBoolean()).isTrue();
        assertThat(first.get("sessionName").stringValue()).isEqualTo("Evening");
        assertThat(first.get("username").stringValue()).isEqualTo("Annie");
        assertThat(first.get("mediaProvider").stringValue()).isEqualTo("MESH");
        assertThat(first.get("openviduServerUrl").isNull()).isTrue();
        assertThat(first.get("apiBaseUrl").stringValue()).isEqualTo("http://localhost:" + port);
        assertThat(first.get("webSocketUrl").stringValue()).isEqualTo("http://localhost:" + SIGNALING_PORT + "/coup");
        Api.assertInstant(first.get("expiresAt"));
        assertKeys(first.get("configInfo"), CONFIG_INFO_KEYS);
        assertThat(second.get("isNewSession").asBoolean()).isFalse();
        assertThat(second.get("sessionId").stringValue()).isEqualTo(first.get("sessionId").stringValue());
        assertThat(second.get("token").stringValue()).isNotEqualTo(first.get("token").stringValue());
        JsonNode status = steps.status(study, ann);
        assertThat(Api.strings(status.get("participants"), "userId")).containsExactlyInAnyOrder(ann.id(), bob.id());

        Map<String, Object> room = Map.of("studyId", study, "roomId", first.get("roomId").stringValue());
        sockets.connected("ann", first.get("token").stringValue());
        sockets.connected("bob", second.get("token").stringValue());
        assertThat(sockets.emitAndAck("ann", "video:join-room", room, "j1").get("ok").asBoolean()).isTrue();
        assertThat(sockets.emitAndAck("bob", "video:join-room", room, "j2").get("ok").asBoolean()).isTrue();
        assertThat(sockets.event("ann", "video:user-joined").get("userId").stringValue()).isEqualTo(bob.id());

        JsonNode live = get(ADVANCED + "/sessions/" + first.get("sessionId").stringValue() + "/status", bob.token()).json();
        assertKeys(live, "sessionId", "sessionName", "studyId", "isActive", "participantCount", "participants",
                "createdAt", "mediaProvider");
        assertThat(live.get("participantCount").asInt()).isEqualTo(2);
        JsonNode annLive = Api.find(live.get("participants"), "userId", ann.id());
        assertKeys(annLive, "userId", "name", "connectionId", "joinedAt", "isConnected", "isMuted", "isVideoOff",
                "isSharing");
        assertThat(annLive.get("isConnected").asBoolean()).isTrue();
        assertThat(annLive.get("connectionId").stringValue()).isEqualTo(first.get("connectionId").stringValue());
    }

    @Test
    void refresh_token_gives_a_new_ticket_and_leaves_attendance_alone() {
        Person ann = person("ann");
        String study = steps.study(ann);
        JsonNode joined = quickJoin(ann, "{\"studyId\":\"" + study + "\"}");
        String sessionId = joined.get("sessionId").stringValue();
        CLOCK.advanceSeconds(120);

        Response refreshed = post(ADVANCED + "/sessions/" + sessionId + "/refresh-token?username=Ann2", ann.token(), null);

        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
        assertKeys(refreshed.json(), QUICK_JOIN_KEYS);
        assertThat(refreshed.json().get("isTokenRefresh").asBoolean()).isTrue();
        assertThat(refreshed.json().get("isNewSession").asBoolean()).isFalse();
        assertThat(refreshed.json().get("username").stringValue()).isEqualTo("Ann2");
        assertThat(refreshed.json().get("token").stringValue()).isNotEqualTo(joined.get("token").stringValue());
        JsonNode segments = segments(study, sessionId, ann, ann);
        assertThat(segments.size()).isEqualTo(1);
        assertThat(segments.get(0).get("leftAt").isNull()).isTrue();
    }

    @Test
    void auto_reconnect_cuts_the_last_ticket_socket_issues_a_new_ticket_and_keeps_one_segment() {
        Person ann = person("ann");
        String study = steps.study(ann);
        JsonNode joined = quickJoin(ann, "{\"studyId\":\"" + study + "\"}");
        String sessionId = joined.get("sessionId").stringValue();
        Map<String, Object> room = Map.of("studyId", study, "roomId", joined.get("roomId").stringValue());
        sockets.connected("old", joined.get("token").stringValue());
        assertThat(sockets.emitAndAck("old", "video:join-room", room, "j1").get("ok").asBoolean()).isTrue();

        Response again = post(ADVANCED + "/sessions/" + sessionId + "/auto-reconnect?lastConnectionId="
                + joined.get("connectionId").stringValue(), ann.token(), null);

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().get("isReconnection").asBoolean()).isTrue();
        assertThat(sockets.await("old", "disconnect")).isNotNull();
        sockets.connected("new", again.json().get("token").stringValue());
        assertThat(sockets.emitAndAck("new", "video:join-room", room, "j2").get("ok").asBoolean()).isTrue();
        sockets.connect("stale", joined.get("token").stringValue());
        assertThat(sockets.await("stale", "connect_error").get("message").stringValue()).isEqualTo("unauthorized");
        sleepBeyondGrace();
        JsonNode segments = segments(study, sessionId, ann, ann);
        assertThat(segments.size()).as("%s", segments).isEqualTo(1);
        assertThat(segments.get(0).get("leftAt").isNull()).isTrue();
    }

    @Test
    void outsiders_are_refused_and_without_auto_create_no_call_is_not_found() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person eve = person("eve");

        assertError(post(ADVANCED + "/quick-join", eve.token(), "{\"studyId\":\"" + study + "\"}"), 403, "NOT_STUDY_MEMBER");
        assertError(post(ADVANCED + "/quick-join", ann.token(), "{\"studyId\":\"" + study + "\",\"autoCreateSession\":false}"),
                404, "SESSION_NOT_FOUND");
        assertThat(steps.status(study, ann).isNull()).isTrue();

        String sessionId = quickJoin(ann, "{\"studyId\":\"" + study + "\"}").get("sessionId").stringValue();
        assertError(get(ADVANCED + "/sessions/" + sessionId + "/status", eve.token()), 403, "NOT_STUDY_MEMBER");
        assertError(post(ADVANCED + "/sessions/" + sessionId + "/refresh-token", eve.token(), null), 403, "NOT_STUDY_MEMBER");
        assertError(post(ADVANCED + "/sessions/" + sessionId + "/auto-reconnect", eve.token(), null), 403, "NOT_STUDY_MEMBER");
        assertError(get(ADVANCED + "/sessions/no-such-session/status", ann.token()), 404, "SESSION_NOT_FOUND");
    }

    // --- the join rules of POST /join (SPEC §4.2) hold on every way in (SPEC §4.3) ---------------------------------

    @Test
    void a_kicked_member_gets_403_kicked_and_no_ticket_from_quick_join_nor_auto_reconnect_and_stays_out() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        quickJoin(ann, "{\"studyId\":\"" + study + "\"}"); // ann stays: the call goes on after bob is kicked
        JsonNode bobs = quickJoin(bob, "{\"studyId\":\"" + study + "\"}");
        String sessionId = bobs.get("sessionId").stringValue();
        steps.kick(study, sessionId, ann, bob.id());

        // assertError allows no key but error, code and details: no token, no connection.
        assertError(post(ADVANCED + "/quick-join", bob.token(), "{\"studyId\":\"" + study + "\"}"), 403, "KICKED");
        assertError(post(ADVANCED + "/quick-join", bob.token(),
                "{\"studyId\":\"" + study + "\",\"sessionId\":\"" + sessionId + "\"}"), 403, "KICKED");
        assertError(post(ADVANCED + "/sessions/" + sessionId + "/auto-reconnect?lastConnectionId="
                + bobs.get("connectionId").stringValue(), bob.token(), null), 403, "KICKED");

        assertThat(Api.strings(steps.status(study, ann).get("participants"), "userId")).containsExactly(ann.id());
        JsonNode segments = segments(study, sessionId, bob, ann);
        assertThat(segments.size()).as("%s", segments).isEqualTo(1);
        assertThat(segments.get(0).get("leaveReason").stringValue()).isEqualTo("KICKED");
    }

    @Test
    void quick_join_and_auto_reconnect_into_a_full_call_are_409_session_full_and_issue_no_ticket() {
        Person ann = person("ann");
        String study = steps.study(ann);
        String sessionId = steps.startId(study, ann);
        steps.fill(study, sessionId, ann, 10);
        Person late = steps.member(study, ann, "late");

        JsonNode full = assertError(post(ADVANCED + "/quick-join", late.token(), "{\"studyId\":\"" + study + "\"}"),
                409, "SESSION_FULL");
        assertThat(full.get("details").get("maxParticipants").intValue()).isEqualTo(10);
        assertError(post(ADVANCED + "/quick-join", late.token(),
                "{\"studyId\":\"" + study + "\",\"sessionId\":\"" + sessionId + "\"}"), 409, "SESSION_FULL");
        assertError(post(ADVANCED + "/sessions/" + sessionId + "/auto-reconnect", late.token(), null), 409,
                "SESSION_FULL");

        JsonNode status = steps.status(study, ann);
        assertThat(status.get("participants").size()).isEqualTo(10);
        assertThat(Api.strings(status.get("participants"), "userId")).doesNotContain(late.id());
    }

    @Test
    void config_derives_public_urls_from_forwarded_headers() {
        Person ann = person("ann");

        Response config = send(request(ADVANCED + "/config", ann.token())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "video.example.com").GET());

        assertThat(config.status()).isEqualTo(200);
        assertKeys(config.json(), "openviduServerUrl", "apiBaseUrl", "webSocketUrl", "mediaProvider", "iceServers",
                "defaultVideoConfig", "supportedBrowsers", "features", "maxParticipants", "tokenTtlSeconds",
                "tokenRefreshMarginSeconds");
        assertThat(config.json().get("apiBaseUrl").stringValue()).isEqualTo("https://video.example.com");
        assertThat(config.json().get("webSocketUrl").stringValue())
                .isEqualTo("https://video.example.com:" + SIGNALING_PORT + "/coup");
        assertThat(config.json().get("mediaProvider").stringValue()).isEqualTo("MESH");
        assertThat(config.json().get("tokenTtlSeconds").asLong()).isEqualTo(600);
    }

    /** Real time: the reconnect grace runs on a scheduler. */
    static void sleepBeyondGrace() {
        try {
            Thread.sleep(RECONNECT_GRACE_MS * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
