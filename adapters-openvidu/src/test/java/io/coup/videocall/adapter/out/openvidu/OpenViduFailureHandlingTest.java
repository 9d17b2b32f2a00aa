package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the provider does when OpenVidu fails: bounded, counted retries with growing waits for the calls that may be
 * repeated; no second try of a connection creation the server may have acted on; recovery of sessions lost in a
 * restart; and {@link MediaServerUnavailableException} (503) when nothing helps. Retries are 3 attempts with waits of
 * 100 ms then 200 ms (recorded, not slept); the read timeout is 300 ms.
 */
class OpenViduFailureHandlingTest {

    private static final String SESSIONS = "/openvidu/api/sessions";
    private static final String CONNECTIONS = "/openvidu/api/sessions/[^/]+/connection";
    private static final SessionId SESSION = SessionId.of("8c0e6a12-52f3-4b9e-a1d4-77e0c3b9f210");
    private static final RoomId ROOM = RoomId.forSession(StudyId.of("algo-club"), SESSION);
    private static final UserId ALICE = UserId.of("alice");
    private static final Duration SLOWER_THAN_THE_READ_TIMEOUT = Duration.ofMillis(1000);

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

    // ---- a session OpenVidu lost ------------------------------------------------------------------------------

    @Test
    void a_room_lost_in_a_media_server_restart_is_recreated_and_the_join_succeeds() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        node.media.connect(room, ALICE, "Alice", null);
        openvidu.restart();
        openvidu.clearRequests();

        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);

        assertThat(openvidu.sessionIds()).containsExactly(room);
        assertThat(openvidu.connection(room, connection.connectionId())).isPresent();
        assertThat(openvidu.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST " + SESSIONS + "/" + room + "/connection",   // 404: lost
                "POST " + SESSIONS,                                 // recreated, same customSessionId
                "POST " + SESSIONS + "/" + room + "/connection");  // issued
        assertThat(node.pauses).isEmpty();
    }

    // ---- 5xx ---------------------------------------------------------------------------------------------------

    @Test
    void a_5xx_on_a_repeatable_call_is_retried_with_growing_waits_and_then_succeeds() {
        openvidu.failNext(2, 500);

        String room = node.media.openRoom(SESSION, ROOM).id();

        assertThat(openvidu.sessionIds()).containsExactly(room);
        assertThat(openvidu.count("POST", SESSIONS)).isEqualTo(3);
        assertThat(node.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_persistent_5xx_ends_in_media_server_unavailable_after_the_bounded_attempts() {
        openvidu.failNext(100, 502);

        assertThatThrownBy(() -> node.media.openRoom(SESSION, ROOM))
                .isInstanceOf(MediaServerUnavailableException.class)
                .satisfies(e -> assertThat(((MediaServerUnavailableException) e).code())
                        .isEqualTo(ErrorCode.MEDIA_SERVER_UNAVAILABLE));
        assertThat(openvidu.count("POST", SESSIONS)).isEqualTo(3);
        assertThat(openvidu.sessionIds()).isEmpty();
    }

    @Test
    void the_unavailable_error_shows_users_no_internals() {
        openvidu.failNext(100, 500);

        assertThatThrownBy(() -> node.media.liveConnections("some-room"))
                .isInstanceOf(MediaServerUnavailableException.class)
                .hasMessage("The media server is unavailable. Please try again shortly.")
                .satisfies(e -> assertThat(((MediaServerUnavailableException) e).reason())
                        .contains("list sessions").contains("3 attempt(s)").contains("HTTP 500"));
    }

    @Test
    void disconnect_close_and_listing_are_retried_after_a_5xx() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);

        openvidu.failNext(1, 500);
        assertThat(node.media.liveConnections(room)).hasSize(1);
        openvidu.failNext(1, 500);
        node.media.disconnect(room, connection.connectionId());
        openvidu.failNext(1, 500);
        node.media.closeRoom(room);

        assertThat(openvidu.sessionIds()).isEmpty();
        assertThat(openvidu.count("GET", SESSIONS + "/" + room)).isEqualTo(2);
        assertThat(openvidu.count("DELETE", CONNECTIONS + "/.*")).isEqualTo(2);
        assertThat(openvidu.count("DELETE", SESSIONS + "/" + room)).isEqualTo(2);
        assertThat(node.pauses).hasSize(3);
    }

    @Test
    void connection_creation_is_retried_when_openvidu_answers_503_because_it_did_nothing() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        openvidu.failNext(1, 503);

        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);

        assertThat(openvidu.count("POST", CONNECTIONS)).isEqualTo(2);
        assertThat(openvidu.connectionCount(room)).isEqualTo(1);
        assertThat(openvidu.connection(room, connection.connectionId())).isPresent();
    }

    @Test
    void connection_creation_is_not_repeated_after_a_500_the_server_may_have_acted_on() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        openvidu.failNext(1, 500);

        assertThatThrownBy(() -> node.media.connect(room, ALICE, "Alice", null))
                .isInstanceOf(MediaServerUnavailableException.class);
        assertThat(openvidu.count("POST", CONNECTIONS)).isEqualTo(1);
        assertThat(node.pauses).isEmpty();
    }

    // ---- timeouts ----------------------------------------------------------------------------------------------

    @Test
    void a_slow_server_makes_repeatable_calls_time_out_three_times_then_unavailable() {
        openvidu.respondSlowly(SLOWER_THAN_THE_READ_TIMEOUT);

        assertThatThrownBy(() -> node.media.openRoom(SESSION, ROOM))
                .isInstanceOf(MediaServerUnavailableException.class)
                .satisfies(e -> assertThat(((MediaServerUnavailableException) e).reason()).contains("TIMED_OUT"));
        assertThat(openvidu.count("POST", SESSIONS)).isEqualTo(3);
        assertThat(openvidu.sessionIds()).as("created once despite three tries").hasSize(1);
    }

    @Test
    void a_timed_out_connection_creation_is_not_repeated_so_no_second_connection_appears() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        openvidu.respondSlowly(SLOWER_THAN_THE_READ_TIMEOUT);

        assertThatThrownBy(() -> node.media.connect(room, ALICE, "Alice", null))
                .isInstanceOf(MediaServerUnavailableException.class);

        assertThat(openvidu.count("POST", CONNECTIONS)).isEqualTo(1);
        assertThat(openvidu.connectionCount(room)).as("one unused pending connection, no duplicate").isEqualTo(1);
    }

    @Test
    void a_server_that_answers_again_in_time_is_used_without_retries() {
        openvidu.respondSlowly(SLOWER_THAN_THE_READ_TIMEOUT);
        assertThatThrownBy(() -> node.media.liveConnections("any")).isInstanceOf(MediaServerUnavailableException.class);
        openvidu.respondPromptly();
        node.pauses.clear();

        assertThat(node.media.openRoom(SESSION, ROOM).id()).isEqualTo(SESSION.value());
        assertThat(node.pauses).isEmpty();
    }

    // ---- down --------------------------------------------------------------------------------------------------

    @Test
    void an_unreachable_server_is_tried_three_times_then_unavailable() {
        openvidu.goDown();

        assertThatThrownBy(() -> node.media.openRoom(SESSION, ROOM))
                .isInstanceOf(MediaServerUnavailableException.class)
                .satisfies(e -> assertThat(((MediaServerUnavailableException) e).reason()).contains("NOT_SENT"));
        assertThat(node.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(openvidu.requests()).isEmpty();
    }

    @Test
    void connection_creation_is_retried_while_the_server_refuses_connections_since_nothing_was_sent() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        openvidu.goDown();
        node.onPause(openvidu::comeBack);

        MediaConnection connection = node.media.connect(room, ALICE, "Alice", null);

        assertThat(node.pauses).hasSize(1);
        assertThat(openvidu.connection(room, connection.connectionId())).isPresent();
        assertThat(openvidu.connectionCount(room)).isEqualTo(1);
    }

    @Test
    void connecting_while_the_server_stays_down_ends_in_unavailable_after_the_bounded_attempts() {
        String room = node.media.openRoom(SESSION, ROOM).id();
        openvidu.goDown();

        assertThatThrownBy(() -> node.media.connect(room, ALICE, "Alice", null))
                .isInstanceOf(MediaServerUnavailableException.class);
        assertThat(node.pauses).hasSize(2);
    }

    @Test
    void a_server_back_within_the_retries_serves_the_call() {
        openvidu.goDown();
        node.onPause(openvidu::comeBack);

        assertThat(node.media.openRoom(SESSION, ROOM).id()).isEqualTo(SESSION.value());
        assertThat(node.pauses).hasSize(1);
        assertThat(openvidu.sessionIds()).containsExactly(SESSION.value());
    }

    // ---- nonsense -----------------------------------------------------------------------------------------------

    @Test
    void an_answer_that_is_not_the_documented_object_is_unavailable_at_once() {
        openvidu.answerMalformed();

        assertThatThrownBy(() -> node.media.openRoom(SESSION, ROOM))
                .isInstanceOf(MediaServerUnavailableException.class)
                .satisfies(e -> assertThat(((MediaServerUnavailableException) e).reason()).contains("unexpected answer"));
        assertThat(openvidu.count("POST", SESSIONS)).isEqualTo(1);
        assertThat(node.pauses).isEmpty();
    }

    // ---- credentials -------------------------------------------------------------------------------------------

    @Test
    void a_refused_secret_is_unavailable_at_once_without_retries() {
        try (OpenViduFixture misconfigured = new OpenViduFixture(openvidu, "wrong-secret")) {
            assertThatThrownBy(() -> misconfigured.media.openRoom(SESSION, ROOM))
                    .isInstanceOf(MediaServerUnavailableException.class)
                    .satisfies(e -> assertThat(((MediaServerUnavailableException) e).reason()).contains("credentials"));
            assertThat(misconfigured.pauses).isEmpty();
        }
        assertThat(openvidu.sessionIds()).isEmpty();
        assertThat(openvidu.count("POST", SESSIONS)).isBetween(1L, 2L); // the client may answer the challenge once
    }
}
