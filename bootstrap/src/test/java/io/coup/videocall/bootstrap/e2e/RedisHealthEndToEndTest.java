package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.in.signaling.testing.TestRedis;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code redis} contributor of {@code /actuator/health} with {@code coup.signaling.store=redis}: the service
 * reaches the real Redis ({@link TestRedis}) through a {@link TcpRelay}, which the test cuts so that nothing listens
 * where the service looks for Redis. A context of its own (another store), run after the shared context's classes
 * (see {@link OpenViduAdvancedApiEndToEndTest}).
 */
@Order(Integer.MAX_VALUE - 1)
class RedisHealthEndToEndTest extends EndToEndTest {

    private static final int OWN_SIGNALING_PORT = freePort();
    private static TcpRelay redis;

    private final Steps steps = new Steps(this);

    @DynamicPropertySource
    static void redisThroughARelay(DynamicPropertyRegistry registry) {
        URI real = URI.create(TestRedis.url());
        redis = TcpRelay.to(real.getHost(), real.getPort() < 0 ? 6379 : real.getPort());
        registry.add("coup.signaling.store", () -> "redis");
        registry.add("coup.signaling.redis.url", () -> "redis://127.0.0.1:" + redis.port());
        registry.add("coup.signaling.redis.key-prefix", () -> "coup-test-" + UUID.randomUUID() + ":");
        registry.add("coup.signaling.port", () -> OWN_SIGNALING_PORT);
    }

    @AfterAll
    static void closeRelay() {
        redis.close();
    }

    @Test
    void redis_is_up_while_it_answers_then_down_with_the_reason_while_the_rest_of_the_service_goes_on() {
        Person ops = Steps.person("ops");

        Response answering = get("/actuator/health", ops.token());
        assertThat(answering.status()).as("health %s", answering).isEqualTo(200);
        JsonNode up = answering.json().get("components").get("redis");
        assertThat(up.get("status").stringValue()).isEqualTo("UP");
        assertThat(up.get("details").get("address").stringValue()).isEqualTo("127.0.0.1:" + redis.port());

        redis.close();

        Response gone = get("/actuator/health", ops.token());
        assertThat(gone.status()).as("health %s", gone).isEqualTo(503);
        JsonNode down = gone.json().get("components").get("redis");
        assertThat(down.get("status").stringValue()).isEqualTo("DOWN");
        assertThat(down.get("details").get("address").stringValue()).isEqualTo("127.0.0.1:" + redis.port());
        assertThat(down.get("details").get("error").stringValue()).startsWith("no answer to PING within 2000 ms");
        assertThat(gone.json().get("components").get("db").get("status").stringValue()).isEqualTo("UP");
        // Not a reason to restart the node or take it out of the load balancer: the probes stay up.
        assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
        String study = steps.study(ops);
        assertThat(get("/api/studies/" + study + "/members", ops.token()).status()).isEqualTo(200);
    }
}
