package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running service (its own PostgreSQL cluster, stopped and started by the test):
 * requests get 503 DATABASE_UNAVAILABLE with the error body, sockets already in a call keep relaying to each other,
 * and once the database is back the service serves again by itself, without reaping anyone although every
 * heartbeat failed meanwhile (short heartbeat, stale and reaper times make that visible).
 */
class DatabaseOutageTest {

    @Test
    void during_an_outage_requests_get_503_signaling_relays_and_afterwards_the_service_recovers_by_itself() {
        String ann = EndToEndTest.unique("ann");
        String bob = EndToEndTest.unique("bob");
        String annToken = ServiceProcess.token(ann);
        String bobToken = ServiceProcess.token(bob);
        String study = EndToEndTest.unique("outage");

        try (PrivatePostgres database = PrivatePostgres.create()) {
            Map<String, String> settings = ServiceProcess.onPostgres(database.jdbcUrl("coup"), "postgres", "");
            settings.put("spring.datasource.hikari.connection-timeout", "1000");
            settings.put("coup.calls.heartbeat-interval", "1s");
            settings.put("coup.calls.stale-after", "4s");
            settings.put("coup.calls.reaper-interval", "1s");
            try (ServiceProcess service = ServiceProcess.start("outage", settings);
                 SocketIoDriver sockets = SocketIoDriver.start(service.signalingUrl())) {
                assertThat(service.post("/api/studies", annToken, "{\"id\":\"" + study + "\",\"name\":\"Outage\"}")
                        .status()).isEqualTo(201);
                assertThat(service.get("/api/me", bobToken).status()).isEqualTo(200);
                assertThat(service.put("/api/studies/" + study + "/members/" + bob, annToken, "{}").status())
                        .isEqualTo(200);
                JsonNode session = service.post(EndToEndTest.call(study) + "/start", annToken, null).json()
                        .get("session");
                Map<String, Object> join = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
                String annSocket = sockets.connected("ann", annToken);
                String bobSocket = sockets.connected("bob", bobToken);
                assertThat(sockets.emitAndAck("ann", "video:join-room", join, "join").get("ok").asBoolean()).isTrue();
                assertThat(sockets.emitAndAck("bob", "video:join-room", join, "join").get("ok").asBoolean()).isTrue();

                database.stop();
                Instant down = Instant.now();

                JsonNode error = assertError(service.get(EndToEndTest.call(study) + "/status", annToken), 503,
                        "DATABASE_UNAVAILABLE");
                assertThat(error.get("error").stringValue()).isEqualTo("The database is unavailable; try again shortly.");
                assertError(service.post(EndToEndTest.call(study) + "/start", bobToken, null), 503, "DATABASE_UNAVAILABLE");
                Map<String, Object> offer = Map.of("type", "offer", "sdp", "v=0 offer-during-outage");
                assertThat(sockets.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", offer), "offer")
                        .get("ok").asBoolean()).isTrue();
                JsonNode relayed = sockets.event("bob", "video:offer");
                assertThat(relayed.get("from").stringValue()).isEqualTo(annSocket);
                assertThat(relayed.get("offer").get("sdp").stringValue()).isEqualTo("v=0 offer-during-outage");
                ServiceProcess.sleep(Math.max(0, 5_000 - Duration.between(down, Instant.now()).toMillis()));

                database.start();

                JsonNode status = awaitStatus(service, study, annToken, Instant.now().plusSeconds(30));
                assertThat(status.get("participants").size()).isEqualTo(2);
                ServiceProcess.sleep(5_000); // past the stale time: the reaper holds off until heartbeats are back
                JsonNode later = awaitStatus(service, study, annToken, Instant.now().plusSeconds(5));
                assertThat(later.get("id").stringValue()).isEqualTo(session.get("id").stringValue());
                assertThat(later.get("participants").size()).as("nobody reaped after the outage").isEqualTo(2);
                assertThat(sockets.emitAndAck("bob", "video:toggle-audio",
                        Map.of("roomId", join.get("roomId"), "isMuted", true), "mute").get("ok").asBoolean())
                        .as("writes work again").isTrue();
            }
        }
    }

    /** The call of {@code GET /status}, polled until the service answers 200 again. */
    private static JsonNode awaitStatus(ServiceProcess service, String study, String token, Instant deadline) {
        while (true) {
            Response response = service.get(EndToEndTest.call(study) + "/status", token);
            if (response.status() == 200) {
                return response.json().get("session");
            }
            assertError(response, 503, "DATABASE_UNAVAILABLE");
            assertThat(Instant.now()).as("recovered in time").isBefore(deadline);
            ServiceProcess.sleep(250);
        }
    }
}
