package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6.3 with a real crash: the service runs as its own JVM on PostgreSQL, two members join its call over
 * Socket.IO (the official client), the JVM is killed with SIGKILL and started again. The restarted service's reaper
 * ends the call within its interval, and everyone's attendance stops at the kill (within one heartbeat), never at
 * the restart.
 */
class CrashRecoveryTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** Longer than the reaper's first run in a cold JVM on a busy machine (about 2 s seen), which it must include. */
    private static final Duration REAPER_INTERVAL = Duration.ofSeconds(5);
    /** Scheduling jitter on a busy machine, on top of one heartbeat interval. */
    private static final Duration JITTER = Duration.ofMillis(500);

    private static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> settings = ServiceProcess.onPostgres(TestPostgres.jdbcUrl(), TestPostgres.username(),
                TestPostgres.password());
        settings.put("coup.calls.heartbeat-interval", HEARTBEAT.toMillis() + "ms");
        settings.put("coup.calls.stale-after", "8s"); // > reaper interval + 2 heartbeats
        settings.put("coup.calls.reaper-interval", REAPER_INTERVAL.toMillis() + "ms");
        return settings;
    }

    @Test
    void a_killed_service_once_restarted_ends_the_call_and_credits_time_until_the_kill_only() {
        String ann = EndToEndTest.unique("ann");
        String bob = EndToEndTest.unique("bob");
        String annToken = ServiceProcess.token(ann);
        String bobToken = ServiceProcess.token(bob);
        String study = EndToEndTest.unique("crash");
        String sessionId;
        Instant killedFrom;
        Instant killedBy;

        try (ServiceProcess service = ServiceProcess.start("crash-before", SETTINGS);
             SocketIoDriver sockets = SocketIoDriver.start(service.signalingUrl())) {
            assertThat(service.post("/api/studies", annToken, "{\"id\":\"" + study + "\",\"name\":\"Crash\"}").status())
                    .isEqualTo(201);
            assertThat(service.get("/api/me", bobToken).status()).isEqualTo(200);
            assertThat(service.put("/api/studies/" + study + "/members/" + bob, annToken, "{}").status()).isEqualTo(200);
            JsonNode session = service.post(EndToEndTest.call(study) + "/start", annToken, null).json().get("session");
            sessionId = session.get("id").stringValue();
            Map<String, Object> join = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
            for (Map.Entry<String, String> person : Map.of(ann, annToken, bob, bobToken).entrySet()) {
                sockets.connected(person.getKey(), person.getValue());
                assertThat(sockets.emitAndAck(person.getKey(), "video:join-room", join, "join").get("ok").asBoolean())
                        .isTrue();
            }

            ServiceProcess.sleep(3_500); // a few heartbeats

            killedFrom = Instant.now();
            service.kill();
            killedBy = Instant.now();
        }

        try (ServiceProcess restarted = ServiceProcess.start("crash-after", SETTINGS)) {
            Instant ready = Instant.now();
            assertThat(Duration.between(killedBy, ready)).as("the restart is clearly later than the kill")
                    .isGreaterThan(Duration.ofSeconds(2));
            JsonNode detail = awaitEnded(restarted, study, sessionId, annToken, ready.plus(REAPER_INTERVAL).plus(JITTER));

            Instant endedAt = Instant.parse(detail.get("endedAt").stringValue());
            assertThat(endedAt).isBetween(killedFrom.minus(HEARTBEAT).minus(JITTER), killedBy);
            for (JsonNode participant : detail.get("participants")) {
                JsonNode segments = participant.get("segments");
                assertThat(segments.size()).as("one visit of %s", participant.get("userId")).isEqualTo(1);
                assertThat(segments.get(0).get("leaveReason").stringValue()).isEqualTo("REAPED");
                Instant joinedAt = Instant.parse(segments.get(0).get("joinedAt").stringValue());
                Instant leftAt = Instant.parse(segments.get(0).get("leftAt").stringValue());
                assertThat(leftAt).as("last seen").isBetween(killedFrom.minus(HEARTBEAT).minus(JITTER), killedBy);
                assertThat(participant.get("duration").longValue()).as("seconds until the kill, not the restart")
                        .isEqualTo(Duration.between(joinedAt, leftAt).toSeconds())
                        .isBetween(Duration.between(joinedAt, killedFrom.minus(HEARTBEAT).minus(JITTER)).toSeconds(),
                                Duration.between(joinedAt, killedBy).toSeconds());
            }
            assertThat(detail.get("participants").size()).isEqualTo(2);
            assertThat(restarted.get(EndToEndTest.call(study) + "/status", annToken).json().get("session").isNull())
                    .as("no call in progress any more").isTrue();
        }
    }

    private static JsonNode awaitEnded(ServiceProcess service, String study, String sessionId, String token,
                                       Instant deadline) {
        while (true) {
            Response response = service.get(EndToEndTest.call(study) + "/sessions/" + sessionId, token);
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode session = response.json().get("session");
            if (!session.get("endedAt").isNull()) {
                return session;
            }
            assertThat(Instant.now()).as("the call ended within the reaper interval of the restart").isBefore(deadline);
            ServiceProcess.sleep(100);
        }
    }
}
