package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaRoom;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The OpenVidu provider's normal life, against the REST emulation: rooms, connections, disconnects, status. */
class OpenViduMediaProviderTest {

    private static final String SESSIONS = "/openvidu/api/sessions";
    private static final String CONNECTIONS = "/openvidu/api/sessions/[^/]+/connection";
    private static final SessionId SESSION = SessionId.of("3f1c2a9e-7b4d-4c1e-9a55-0d2b6f8e1a77");
    private static final RoomId ROOM = RoomId.forSession(StudyId.of("algo-club"), SESSION);
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");

    private OpenViduEmulator openvidu;
    private OpenViduFixture node;

    @BeforeEach
    void start() {
        openvidu = OpenViduEmulator.start(OpenViduFixture.SECRET);
        node = new OpenViduFixture(openvidu);
    }

    @AfterEach
    void stop() {
        node.close();
        openvidu.close();
    }

    @Test
    void the_provider_is_openvidu() {
        assertThat(node.media.provider()).isEqualTo(MediaProvider.OPENVIDU);
    }

    @Test
    void opening_a_room_creates_an_openvidu_session_named_after_the_call() {
        MediaRoom room = node.media.openRoom(SESSION, ROOM);

        assertThat(room.id()).isEqualTo(SESSION.value());
        assertThat(openvidu.sessionIds()).containsExactly(SESSION.value());
        OpenViduEmulator.Request create = openvidu.requests().get(0);
        assertThat(create.is("POST", SESSIONS)).isTrue();
        assertThat(JsonParser.parseString(create.body()).getAsJsonObject().get("customSessionId").getAsString())
                .isEqualTo(SESSION.value());
    }

    @Test
    void opening_a_room_again_from_any_node_creates_no_second_session() {
        MediaRoom first = node.media.openRoom(SESSION, ROOM);
        MediaRoom again = node.media.openRoom(SESSION, ROOM);
        try (OpenViduFixture otherNode = new OpenViduFixture(openvidu)) {
            MediaRoom fromOtherNode = otherNode.media.openRoom(SESSION, ROOM);

            assertThat(List.of(again.id(), fromOtherNode.id())).containsOnly(first.id());
        }
        assertThat(openvidu.sessionIds()).containsExactly(SESSION.value());
        assertThat(openvidu.count("POST", SESSIONS)).isEqualTo(3);
    }

    @Test
    void nothing_exists_on_the_media_server_until_a_room_is_needed_and_the_first_join_creates_it() {
        assertThat(openvidu.sessionIds()).isEmpty();

        MediaConnection connection = node.media.connect(SESSION.value(), ALICE, "Alice", null);

        assertThat(openvidu.sessionIds()).containsExactly(SESSION.value());
        assertThat(openvidu.connection(SESSION.value(), connection.connectionId())).isPresent();
    }

    @Test
    void a_join_gets_a_publisher_connection_whose_data_is_the_users_json() {
        String room = node.media.openRoom(SESSION, ROOM).id();

        MediaConnection connection = node.media.connect(room, ALICE, "Alice Kim", "https://cdn.example/a.png");

        assertThat(connection.token()).startsWith("ws://").contains("sessionId=" + room).contains("token=tok_");
        assertThat(connection.expiresAt()).isNull();
        JsonObject sent = JsonParser.parseString(openvidu.requests().stream()
                .filter(r -> r.is("POST", CONNECTIONS)).findFirst().orElseThrow().body()).getAsJsonObject();
        assertThat(sent.get("type").getAsString()).isEqualTo("WEBRTC");
        assertThat(sent.get("role").getAsString()).isEqualTo("PUBLISHER");
        JsonObject stored = openvidu.connection(room, connection.connectionId()).orElseThrow();
        assertThat(stored.get("role").getAsString()).isEqualTo("PUBLISHER");
        assertThat(stored.get("token").getAsString()).isEqualTo(connection.token());
        JsonObject data = JsonParser.parseString(stored.get("serverData").getAsString()).getAsJsonObject();
        assertThat(data.keySet()).containsExactlyInAnyOrder("userId", "name", "avatar");
        assertThat(data.get("userId").getAsString()).isEqualTo("alice");
        assertThat(data.get("name").getAsString()).isEqualTo("Alice Kim");
        assertThat(data.get("avatar").getAsString()).isEqualTo("https://cdn.example/a.png");
    }

    @Test
    void a_user_without_name_or_avatar_gets_nulls_in_the_connection_data() {
        String room = node.media.openRoom(SESSION, ROOM).id();

        MediaConnection connection = node.media.connect(room, BOB, null, null);

        JsonObject data = JsonParser.parseString(openvidu.connection(room, connection.connectionId()).orElseThrow()
                .get("serverData").getAsString()).getAsJsonObject();
        assertThat(data.get("userId").getAsString()).isEqualTo("bob");
        assertThat(data.get("name").isJsonNull()).isTrue();
        assertThat(data.get("avatar").isJsonNull()).isTrue();
    }

    @Test
    void every_join_gets_its_own_connection_even_for_the_same_user() {
        String room = node.media.openRoom(SESSION, ROOM).id();

        MediaConnection laptop = node.media.connect(room, ALICE, "Alice", null);
        MediaConnection phone = node.media.connect(room, ALICE, "Alice", null);

        assertThat(laptop.connectionId()).isNotEqualTo(phone.connectionId());
        assertThat(laptop.token()).isNotEqualTo(phone.token());
        assertThat(openvidu.connectionCount(room)).isEqualTo(2);
    }

    @Test
    void every_request_carries_the_openvidu_basic_credentials_without_waiting_for_a_challenge() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);
        node.media.liveConnections(room);
        node.media.disconnect(room, connection.connectionId());
        node.media.closeRoom(room);

        String expected = "Basic " + Base64.getEncoder()
                .encodeToString("OPENVIDUAPP:MY_SECRET".getBytes(StandardCharsets.UTF_8));
        assertThat(openvidu.requests()).hasSize(5)
                .allSatisfy(request -> assertThat(request.authorization()).isEqualTo(expected));
    }

    @Test
    void disconnect_evicts_the_connection_from_the_session() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);
        openvidu.activate(room, connection.connectionId());

        node.media.disconnect(room, connection.connectionId());

        assertThat(openvidu.connection(room, connection.connectionId())).isEmpty();
        assertThat(openvidu.count("DELETE", CONNECTIONS + "/" + connection.connectionId())).isEqualTo(1);
    }

    @Test
    void disconnecting_a_connection_that_is_already_gone_is_not_an_error() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);
        node.media.disconnect(room, connection.connectionId());

        assertThatCode(() -> node.media.disconnect(room, connection.connectionId())).doesNotThrowAnyException();
        assertThatCode(() -> node.media.disconnect(room, "con_neverIssued")).doesNotThrowAnyException();
        assertThat(openvidu.count("DELETE", CONNECTIONS + "/.*")).isEqualTo(3);
    }

    @Test
    void disconnecting_from_a_room_the_server_lost_is_not_an_error() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);
        openvidu.restart();

        assertThatCode(() -> node.media.disconnect(room, connection.connectionId())).doesNotThrowAnyException();
        assertThat(openvidu.sessionIds()).isEmpty();
    }

    @Test
    void a_node_that_never_saw_the_room_still_disconnects_and_closes_it() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);
        try (OpenViduFixture otherNode = new OpenViduFixture(openvidu)) {
            otherNode.media.disconnect(room, connection.connectionId());
            assertThat(openvidu.connection(room, connection.connectionId())).isEmpty();

            otherNode.media.closeRoom(room);
        }
        assertThat(openvidu.sessionIds()).isEmpty();
    }

    @Test
    void closing_the_room_ends_the_session_and_closing_it_again_is_harmless() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        node.media.connect(room, ALICE, "Alice", null);

        node.media.closeRoom(room);
        assertThat(openvidu.sessionIds()).isEmpty();

        assertThatCode(() -> node.media.closeRoom(room)).doesNotThrowAnyException();
        assertThatCode(() -> node.media.closeRoom("never-opened")).doesNotThrowAnyException();
        assertThat(openvidu.count("DELETE", SESSIONS + "/[^/]+")).as("a room known to be gone is not deleted again").isEqualTo(1);
    }

    @Test
    void live_connections_tell_whose_connection_is_in_use_and_whose_token_is_not_used_yet() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection alice = node.media.connect(room, ALICE, "Alice", null);
        MediaConnection bob = node.media.connect(room, BOB, "Bob", null);
        openvidu.activate(room, alice.connectionId());

        List<LiveConnection> live = node.media.liveConnections(room);

        assertThat(live).extracting(LiveConnection::connectionId, LiveConnection::userId, LiveConnection::active)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(alice.connectionId(), ALICE, true),
                        org.assertj.core.groups.Tuple.tuple(bob.connectionId(), BOB, false));
        LiveConnection aliceLive = live.stream().filter(LiveConnection::active).findFirst().orElseThrow();
        assertThat(aliceLive.activeAt()).isNotNull();
        assertThat(aliceLive.createdAt()).isBeforeOrEqualTo(aliceLive.activeAt());
        assertThat(live.stream().filter(c -> !c.active()).findFirst().orElseThrow().activeAt()).isNull();
    }

    @Test
    void live_connections_follow_the_media_server_after_a_disconnect() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection alice = node.media.connect(room, ALICE, "Alice", null);
        node.media.connect(room, BOB, "Bob", null);
        assertThat(node.media.liveConnections(room)).hasSize(2);

        node.media.disconnect(room, alice.connectionId());

        assertThat(node.media.liveConnections(room)).extracting(LiveConnection::userId).containsExactly(BOB);
    }

    @Test
    void live_connections_seen_from_another_node_are_the_same() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        node.media.connect(room, ALICE, "Alice", null);
        try (OpenViduFixture otherNode = new OpenViduFixture(openvidu)) {
            assertThat(otherNode.media.liveConnections(room)).extracting(LiveConnection::userId).containsExactly(ALICE);
        }
    }

    @Test
    void live_connections_of_a_room_that_does_not_exist_or_was_lost_are_none() {
        assertThat(node.media.liveConnections("never-opened")).isEmpty();
        String room = node.media.openRoom(SESSION, ROOM).id();
        node.media.connect(room, ALICE, "Alice", null);
        openvidu.restart();

        assertThat(node.media.liveConnections(room)).isEmpty();
        assertThat(openvidu.sessionIds()).as("listing does not recreate the room").isEmpty();
    }

    @Test
    void connections_not_issued_by_us_are_left_out_of_live_connections() throws Exception {
        String room = node.media.openRoom(SESSION, ROOM).id();
        node.media.connect(room, ALICE, "Alice", null);
        io.openvidu.java.client.Session session = node.client.getActiveSession(room);
        session.createConnection(new io.openvidu.java.client.ConnectionProperties.Builder().data("recorder bot").build());

        assertThat(node.media.liveConnections(room)).extracting(LiveConnection::userId).containsExactly(ALICE);
        assertThat(openvidu.connectionCount(room)).isEqualTo(2);
    }
}
