package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.bootstrap.CoupVideoApplication;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.SocketEndToEndTest.assertOk;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6.1: two instances of the service in one JVM (own HTTP and Socket.IO ports) sharing one PostgreSQL database
 * and one real Redis with {@code coup.signaling.store=redis}. A peer on each node joins one call room: room-state,
 * user-joined, relays and toggles cross the nodes, and {@code onlineCount} of either node counts both. A kick
 * through one node takes the user's socket on the other out of the room; a user who drops on one node and rejoins
 * on the other within the reconnect grace keeps one attendance segment, and one with a tab on each node stays in the
 * call until the last tab leaves.
 * <p>
 * Redis: {@link TestRedis} (skipped outside CI without one, failing in CI). Keys get a prefix of this run;
 * netty-socketio's pub/sub channels have none, so the test only relies on its own random studies, rooms and socket
 * ids.
 */
class MultiNodeSignalingEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String KEY_PREFIX = "coup-test-" + UUID.randomUUID() + ":";
    /** Long enough for a socket to drop on one node and rejoin on the other on a busy CI machine. */
    private static final long RECONNECT_GRACE_MS = 3_000;

    private static Node one;
    private static Node two;

    private record Node(ConfigurableApplicationContext context, int httpPort, int signalingPort) {

        String socketUrl() {
            return "http://localhost:" + signalingPort + "/coup";
        }

        void close() {
            context.close();
        }
    }

    @BeforeAll
    static void startTwoNodes() {
        String redisUrl = TestRedis.url();
        one = start(redisUrl);
        two = start(redisUrl);
    }

    @AfterAll
    static void stopNodes() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    private static Node start(String redisUrl) {
        int signalingPort = freePort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CoupVideoApplication.class)
                .profiles("e2e")
                // command-line arguments: builder properties() are defaults, below application.yml
                .run(
                        "--server.port=0",
                        "--coup.signaling.port=" + signalingPort,
                        "--coup.signaling.store=redis",
                        "--coup.signaling.redis.url=" + redisUrl,
                        "--coup.signaling.redis.key-prefix=" + KEY_PREFIX,
                        "--coup.signaling.reconnect-grace=" + RECONNECT_GRACE_MS + "ms",
                        "--coup.security.dev-tokens=true",
                        "--coup.calls.max-participants=10",
                        "--coup.security.jwt.hs256-secret=" + EndToEndTest.SECRET,
                        "--coup.media.mesh.ticket-secret=" + EndToEndTest.TICKET_SECRET,
                        "--spring.datasource.url=" + TestPostgres.jdbcUrl(),
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--spring.datasource.driver-class-name=org.postgresql.Driver");
        int httpPort = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new Node(context, httpPort, signalingPort);
    }

    @Test
    void peers_on_two_nodes_share_a_room_relay_toggle_and_count_online_on_both() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);
        String study = call.study();
        String roomId = call.roomId();
        Map<String, Object> join = call.join();

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            String annSocket = onOne.connected("ann", ann.token());
            String bobSocket = onTwo.connected("bob", bob.token());

            assertOk(onOne.emitAndAck("ann", "video:join-room", join, "join-ann"));
            assertThat(onOne.event("ann", "video:room-state").get("participants").isEmpty()).isTrue();

            assertOk(onTwo.emitAndAck("bob", "video:join-room", join, "join-bob"));
            JsonNode bobState = onTwo.event("bob", "video:room-state");
            assertThat(bobState.get("participants").size()).as("room-state on node 2: %s", bobState).isEqualTo(1);
            JsonNode annSeen = bobState.get("participants").get(0);
            assertKeys(annSeen, "socketId", "userId", "user", "isMuted", "isVideoOff", "isSharing");
            assertThat(annSeen.get("socketId").stringValue()).isEqualTo(annSocket);
            assertThat(annSeen.get("userId").stringValue()).isEqualTo(ann.id());
            Api.assertUser(annSeen.get("user"), ann.id(), ann.name());

            JsonNode joined = onOne.event("ann", "video:user-joined");
            assertThat(joined.get("socketId").stringValue()).isEqualTo(bobSocket);
            assertThat(joined.get("userId").stringValue()).isEqualTo(bob.id());

            for (Node node : new Node[] {one, two}) {
                HttpResponse<String> status = send(node, "GET", EndToEndTest.call(study) + "/status", ann, null);
                assertThat(status.statusCode()).isEqualTo(200);
                assertThat(EndToEndTest.JSON.readTree(status.body()).get("session").get("onlineCount").asInt())
                        .as("onlineCount on port %s: %s", node.httpPort(), status.body()).isEqualTo(2);
            }

            Map<String, Object> offer = Map.of("type", "offer", "sdp", "v=0 offer-from-ann");
            assertOk(onOne.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", offer), "offer"));
            JsonNode gotOffer = onTwo.event("bob", "video:offer");
            assertThat(gotOffer.get("from").stringValue()).isEqualTo(annSocket);
            assertThat(gotOffer.get("offer").get("sdp").stringValue()).isEqualTo("v=0 offer-from-ann");

            Map<String, Object> answer = Map.of("type", "answer", "sdp", "v=0 answer-from-bob");
            assertOk(onTwo.emitAndAck("bob", "video:answer", Map.of("to", annSocket, "answer", answer), "answer"));
            assertThat(onOne.event("ann", "video:answer").get("from").stringValue()).isEqualTo(bobSocket);

            Map<String, Object> candidate = Map.of("candidate", "candidate:1 1 udp 1 127.0.0.1 9 typ host");
            assertOk(onTwo.emitAndAck("bob", "video:ice-candidate", Map.of("to", annSocket, "candidate", candidate), "ice"));
            assertThat(onOne.event("ann", "video:ice-candidate").get("from").stringValue()).isEqualTo(bobSocket);

            Map<String, Object> mute = new LinkedHashMap<>();
            mute.put("roomId", roomId);
            mute.put("isMuted", true);
            assertOk(onOne.emitAndAck("ann", "video:toggle-audio", mute, "mute"));
            JsonNode muted = onTwo.event("bob", "video:peer-audio-changed");
            assertThat(muted.get("socketId").stringValue()).isEqualTo(annSocket);
            assertThat(muted.get("isMuted").asBoolean()).isTrue();

            Map<String, Object> videoOff = new LinkedHashMap<>();
            videoOff.put("roomId", roomId);
            videoOff.put("isVideoOff", true);
            assertOk(onTwo.emitAndAck("bob", "video:toggle-video", videoOff, "video-off"));
            assertThat(onOne.event("ann", "video:peer-video-changed").get("socketId").stringValue()).isEqualTo(bobSocket);

            // A third socket on node 1 sees both, with the media flags reported on the other node.
            Person cid = person("cid");
            assertThat(send(one, "PUT", "/api/studies/" + study + "/members/" + cid.id(), ann, "{}").statusCode())
                    .isEqualTo(200);
            onOne.connected("cid", cid.token());
            assertOk(onOne.emitAndAck("cid", "video:join-room", join, "join-cid"));
            JsonNode cidState = onOne.event("cid", "video:room-state");
            assertThat(cidState.get("participants").size()).as("room-state %s", cidState).isEqualTo(2);
            for (JsonNode p : cidState.get("participants")) {
                if (p.get("socketId").stringValue().equals(bobSocket)) {
                    assertThat(p.get("isVideoOff").asBoolean()).isTrue();
                } else {
                    assertThat(p.get("socketId").stringValue()).isEqualTo(annSocket);
                    assertThat(p.get("isMuted").asBoolean()).isTrue();
                }
            }
            assertThat(onTwo.event("bob", "video:user-joined").get("userId").stringValue()).isEqualTo(cid.id());

            // Leaving on node 2 is seen on node 1, and both nodes count what is left.
            assertOk(onTwo.emitAndAck("bob", "video:leave-room", Map.of("roomId", roomId), "leave-bob"));
            assertThat(onOne.event("ann", "video:user-left").get("socketId").stringValue()).isEqualTo(bobSocket);
            for (Node node : new Node[] {one, two}) {
                HttpResponse<String> status = send(node, "GET", EndToEndTest.call(study) + "/status", ann, null);
                assertThat(EndToEndTest.JSON.readTree(status.body()).get("session").get("onlineCount").asInt())
                        .as("onlineCount after the leave: %s", status.body()).isEqualTo(2);
            }
            // A relay to a socket that left the room is refused, across nodes too.
            JsonNode refused = onOne.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", offer), "offer-2");
            assertThat(refused.get("ok").asBoolean()).isFalse();
            assertThat(refused.get("code").stringValue()).isEqualTo("PARTICIPANT_NOT_FOUND");
        }
    }

    /** A study of {@code owner} with {@code members}, and its call started through node 1. */
    private record Call(String study, String sessionId, String roomId) {

        Map<String, Object> join() {
            return Map.of("studyId", study, "roomId", roomId);
        }

        String path() {
            return EndToEndTest.call(study);
        }
    }

    private static Call startCall(Person owner, Person... members) {
        String study = "study-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"id\":\"" + study + "\",\"name\":\"Multi " + study + "\"}";
        assertThat(send(one, "POST", "/api/studies", owner, body).statusCode()).isEqualTo(201);
        for (Person member : members) {
            assertThat(send(one, "PUT", "/api/studies/" + study + "/members/" + member.id(), owner, "{}").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> started = send(one, "POST", EndToEndTest.call(study) + "/start", owner, null);
        assertThat(started.statusCode()).as("start %s", started.body()).isIn(200, 201);
        JsonNode session = EndToEndTest.JSON.readTree(started.body()).get("session");
        return new Call(study, session.get("id").stringValue(), session.get("roomId").stringValue());
    }

    private static int onlineCount(Node node, Call call, Person who) {
        HttpResponse<String> status = send(node, "GET", call.path() + "/status", who, null);
        assertThat(status.statusCode()).as("status %s", status.body()).isEqualTo(200);
        return EndToEndTest.JSON.readTree(status.body()).get("session").get("onlineCount").asInt();
    }

    private static List<String> presentOn(Node node, Call call, Person who) {
        HttpResponse<String> status = send(node, "GET", call.path() + "/status", who, null);
        assertThat(status.statusCode()).as("status %s", status.body()).isEqualTo(200);
        List<String> present = new ArrayList<>();
        EndToEndTest.JSON.readTree(status.body()).get("session").get("participants")
                .forEach(p -> present.add(p.get("userId").stringValue()));
        return present;
    }

    /** Node two keeps the call it loaded for status; a change through node one must still show there at once. */
    @Test
    void a_join_and_a_leave_through_node_one_show_at_once_in_node_twos_status() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);
        String body = "{\"sessionId\":\"" + call.sessionId() + "\"}";
        assertThat(send(one, "POST", call.path() + "/join", ann, body).statusCode()).isEqualTo(200);
        assertThat(presentOn(two, call, ann)).containsExactly(ann.id());

        HttpResponse<String> joined = send(one, "POST", call.path() + "/join", bob, body);
        assertThat(joined.statusCode()).as("join %s", joined.body()).isEqualTo(200);
        assertThat(presentOn(two, call, ann)).containsExactly(ann.id(), bob.id());

        HttpResponse<String> left = send(one, "POST", call.path() + "/leave", bob, body);
        assertThat(left.statusCode()).as("leave %s", left.body()).isEqualTo(200);
        assertThat(presentOn(two, call, bob)).containsExactly(ann.id());
    }

    @Test
    void a_kick_through_node_one_takes_the_users_socket_on_node_two_out_of_the_room() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            String annSocket = onOne.connected("ann", ann.token());
            String bobSocket = onTwo.connected("bob", bob.token());
            assertOk(onOne.emitAndAck("ann", "video:join-room", call.join(), "join-ann"));
            assertOk(onTwo.emitAndAck("bob", "video:join-room", call.join(), "join-bob"));
            assertThat(onOne.event("ann", "video:user-joined").get("socketId").stringValue()).isEqualTo(bobSocket);
            assertThat(onlineCount(two, call, ann)).isEqualTo(2);

            HttpResponse<String> kick = send(one, "POST",
                    call.path() + "/sessions/" + call.sessionId() + "/participants/" + bob.id() + "/kick", ann, null);
            assertThat(kick.statusCode()).as("kick %s", kick.body()).isEqualTo(202);

            JsonNode kicked = onTwo.event("bob", "video:kicked");
            assertThat(kicked.get("sessionId").stringValue()).isEqualTo(call.sessionId());
            assertThat(kicked.get("by").stringValue()).isEqualTo(ann.id());
            JsonNode left = onOne.event("ann", "video:user-left");
            assertThat(left.get("socketId").stringValue()).isEqualTo(bobSocket);
            assertThat(left.get("userId").stringValue()).isEqualTo(bob.id());

            Map<String, Object> offer = Map.of("to", annSocket, "offer", Map.of("type", "offer", "sdp", "v=0 kicked"));
            JsonNode relay = onTwo.emitAndAck("bob", "video:offer", offer, "offer-after-kick");
            assertThat(relay.get("ok").asBoolean()).isFalse();
            assertThat(relay.get("code").stringValue()).isEqualTo("PARTICIPANT_NOT_FOUND");
            assertThat(onOne.received("ann", "video:offer")).as("the kicked socket's relay never arrives").isFalse();
            for (Node node : new Node[] {one, two}) {
                assertThat(onlineCount(node, call, ann)).as("onlineCount on port %s", node.httpPort()).isEqualTo(1);
            }

            JsonNode rejoin = onTwo.emitAndAck("bob", "video:join-room", call.join(), "rejoin");
            assertThat(rejoin.get("ok").asBoolean()).isFalse();
            assertThat(rejoin.get("code").stringValue()).isEqualTo("KICKED");
            assertThat(onlineCount(one, call, ann)).isEqualTo(1);
        }
    }

    @Test
    void node_one_sees_a_ticket_socket_on_node_two_in_the_advanced_status_and_a_reconnect_through_it_cuts_it() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);
        JsonNode ticket = advanced(one, "POST", "/quick-join", bob, "{\"studyId\":\"" + call.study() + "\"}");
        String connectionId = ticket.get("connectionId").stringValue();

        try (SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            onTwo.connected("bob", ticket.get("token").stringValue());
            assertOk(onTwo.emitAndAck("bob", "video:join-room", call.join(), "join-bob"));

            JsonNode status = advanced(one, "GET", "/sessions/" + call.sessionId() + "/status", bob, null);
            JsonNode bobThere = Api.find(status.get("participants"), "userId", bob.id());
            assertThat(bobThere.get("isConnected").asBoolean()).as("status %s", status).isTrue();
            assertThat(bobThere.get("connectionId").stringValue()).isEqualTo(connectionId);

            JsonNode again = advanced(one, "POST", "/sessions/" + call.sessionId() + "/auto-reconnect?lastConnectionId="
                    + connectionId, bob, null);
            assertThat(again.get("isReconnection").asBoolean()).isTrue();
            assertThat(onTwo.await("bob", "disconnect")).as("the old ticket's socket on node two").isNotNull();
            onTwo.connect("stale", ticket.get("token").stringValue());
            assertThat(onTwo.await("stale", "connect_error").get("message").stringValue())
                    .as("node two refuses the revoked ticket").isEqualTo("unauthorized");
        }
    }

    @Test
    void a_user_with_a_tab_on_each_node_is_online_once_until_the_last_tab_goes_and_their_status_reaches_both() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);
        Map<String, Object> study = Map.of("studyId", call.study());

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            onOne.connected("ann", ann.token());
            assertOk(onOne.emitAndAck("ann", "presence:join-study", study, "ann-study"));
            onOne.connected("bob-tab1", bob.token());
            onTwo.connected("bob-tab2", bob.token());
            assertOk(onOne.emitAndAck("bob-tab1", "presence:join-study", study, "tab1-study"));
            assertOk(onTwo.emitAndAck("bob-tab2", "presence:join-study", study, "tab2-study"));
            assertThat(onOne.event("ann", "presence:user-online").get("userId").stringValue()).isEqualTo(bob.id());

            assertOk(onTwo.emitAndAck("bob-tab2", "presence:status-change", Map.of("status", "away"), "away"));
            assertThat(onOne.event("ann", "presence:user-status-changed").get("status").stringValue()).isEqualTo("away");
            onOne.close("bob-tab1");
            onOne.await("bob-tab1", "disconnect");
            assertOk(onTwo.emitAndAck("bob-tab2", "presence:status-change", Map.of("status", "busy"), "busy"));
            assertThat(onOne.event("ann", "presence:user-status-changed").get("status").stringValue()).isEqualTo("busy");
            assertThat(onOne.received("ann", "presence:user-offline")).as("a tab remains on node two").isFalse();
            assertThat(onOne.count("ann", "presence:user-online")).as("announced once").isEqualTo(1);

            onTwo.close("bob-tab2");
            assertThat(onOne.event("ann", "presence:user-offline").get("userId").stringValue()).isEqualTo(bob.id());
        }
    }

    @Test
    void a_ban_through_node_one_takes_the_users_socket_on_node_two_out_of_the_call_and_the_study_room() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            String annSocket = onOne.connected("ann", ann.token());
            String bobSocket = onTwo.connected("bob", bob.token());
            Map<String, Object> study = Map.of("studyId", call.study());
            assertOk(onOne.emitAndAck("ann", "presence:join-study", study, "ann-study"));
            assertOk(onTwo.emitAndAck("bob", "presence:join-study", study, "bob-study"));
            assertOk(onOne.emitAndAck("ann", "video:join-room", call.join(), "join-ann"));
            assertOk(onTwo.emitAndAck("bob", "video:join-room", call.join(), "join-bob"));
            onOne.event("ann", "video:user-joined");

            HttpResponse<String> ban = send(one, "PUT", "/api/studies/" + call.study() + "/members/" + bob.id(), ann,
                    "{\"status\":\"BANNED\"}");
            assertThat(ban.statusCode()).as("ban %s", ban.body()).isEqualTo(200);

            JsonNode left = onOne.event("ann", "video:user-left");
            assertThat(left.get("socketId").stringValue()).isEqualTo(bobSocket);
            assertThat(onOne.event("ann", "presence:user-offline").get("userId").stringValue()).isEqualTo(bob.id());
            assertThat(inDetail(call, ann, bob).get("segments").get(0).get("leaveReason").stringValue())
                    .isEqualTo("REMOVED");
            Map<String, Object> offer = Map.of("to", annSocket, "offer", Map.of("type", "offer", "sdp", "v=0 banned"));
            JsonNode relay = onTwo.emitAndAck("bob", "video:offer", offer, "offer-after-ban");
            assertThat(relay.get("code").stringValue()).isEqualTo("PARTICIPANT_NOT_FOUND");
            assertThat(onOne.received("ann", "video:offer")).as("the banned socket's relay never arrives").isFalse();
            for (Node node : new Node[] {one, two}) {
                assertThat(onlineCount(node, call, ann)).as("onlineCount on port %s", node.httpPort()).isEqualTo(1);
            }
        }
    }

    @Test
    void a_user_dropping_on_node_one_and_rejoining_on_node_two_within_the_grace_keeps_one_segment()
            throws InterruptedException {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            onOne.connected("ann", ann.token());
            assertOk(onOne.emitAndAck("ann", "video:join-room", call.join(), "join-ann"));
            onOne.connected("bob", bob.token());
            assertOk(onOne.emitAndAck("bob", "video:join-room", call.join(), "join-bob"));

            onOne.close("bob");
            onOne.await("bob", "disconnect");
            onOne.event("ann", "video:user-left");
            onTwo.connected("bob", bob.token());
            assertOk(onTwo.emitAndAck("bob", "video:join-room", call.join(), "rejoin-on-two"));

            // Node 1's grace ends while bob is in the room on node 2 only: nothing is recorded.
            Thread.sleep(RECONNECT_GRACE_MS + 1_000);
            JsonNode bobThere = inDetail(call, ann, bob);
            assertThat(bobThere.get("segments").size()).as("segments %s", bobThere).isEqualTo(1);
            assertThat(bobThere.get("segments").get(0).get("leftAt").isNull()).as("bob %s", bobThere).isTrue();
            assertThat(onlineCount(one, call, ann)).isEqualTo(2);
        }
    }

    @Test
    void a_user_with_a_tab_on_each_node_stays_in_the_call_until_the_last_tab_leaves() {
        Person ann = person("ann");
        Person bob = person("bob");
        Call call = startCall(ann, bob);

        try (SocketIoDriver onOne = SocketIoDriver.start(one.socketUrl());
             SocketIoDriver onTwo = SocketIoDriver.start(two.socketUrl())) {
            onOne.connected("ann", ann.token());
            assertOk(onOne.emitAndAck("ann", "video:join-room", call.join(), "join-ann"));
            onOne.connected("bob-tab1", bob.token());
            assertOk(onOne.emitAndAck("bob-tab1", "video:join-room", call.join(), "join-tab1"));
            onTwo.connected("bob-tab2", bob.token());
            assertOk(onTwo.emitAndAck("bob-tab2", "video:join-room", call.join(), "join-tab2"));

            assertOk(onOne.emitAndAck("bob-tab1", "video:leave-room", Map.of("roomId", call.roomId()), "leave-tab1"));
            JsonNode stillThere = inDetail(call, ann, bob);
            assertThat(stillThere.get("segments").get(0).get("leftAt").isNull())
                    .as("the tab on node 2 keeps bob in the call: %s", stillThere).isTrue();
            assertThat(onlineCount(one, call, ann)).isEqualTo(2);

            assertOk(onTwo.emitAndAck("bob-tab2", "video:leave-room", Map.of("roomId", call.roomId()), "leave-tab2"));
            JsonNode gone = inDetail(call, ann, bob);
            assertThat(gone.get("segments").size()).isEqualTo(1);
            assertThat(gone.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("LEFT");
            assertThat(onlineCount(two, call, ann)).isEqualTo(1);
        }
    }

    /** A 200 answer of the advanced API ({@code /api/video-call/advanced…}) through {@code node}. */
    private static JsonNode advanced(Node node, String method, String path, Person who, String json) {
        HttpResponse<String> response = send(node, method, "/api/video-call/advanced" + path, who, json);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
        return EndToEndTest.JSON.readTree(response.body());
    }

    /** {@code who} in {@code GET …/sessions/{id}} of the call, as node 2 answers it. */
    private static JsonNode inDetail(Call call, Person viewer, Person who) {
        HttpResponse<String> detail = send(two, "GET", call.path() + "/sessions/" + call.sessionId(), viewer, null);
        assertThat(detail.statusCode()).as("detail %s", detail.body()).isEqualTo(200);
        JsonNode participants = EndToEndTest.JSON.readTree(detail.body()).get("session").get("participants");
        return Api.find(participants, "userId", who.id());
    }

    private static HttpResponse<String> send(Node node, String method, String path, Person who, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.httpPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + who.token());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
