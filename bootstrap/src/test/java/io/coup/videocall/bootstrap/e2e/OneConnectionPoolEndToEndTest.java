package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static io.coup.videocall.bootstrap.e2e.Api.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole call served by a pool of one database connection: no request may hold two at once, or it would wait for
 * itself until the pool's timeout. {@code GET …/status} is the case in point: its probe runs outside a transaction
 * and the call is loaded in one of its own, so the probe's connection must be back in the pool before the load.
 */
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=1",
        "spring.datasource.hikari.connection-timeout=1000"})
class OneConnectionPoolEndToEndTest extends EndToEndTest {

    /** This context's own Socket.IO port: the default context of the other end-to-end classes keeps its own. */
    private static final int OWN_SIGNALING_PORT = freePort();

    private final Steps steps = new Steps(this);

    /** Flyway, which takes two connections (one holds its lock), gets a connection of its own outside the pool. */
    @DynamicPropertySource
    static void ownSignalingPortAndFlywayConnection(DynamicPropertyRegistry registry) {
        registry.add("coup.signaling.port", () -> OWN_SIGNALING_PORT);
        registry.add("spring.flyway.url", TestPostgres::jdbcUrl);
        registry.add("spring.flyway.user", TestPostgres::username);
        registry.add("spring.flyway.password", TestPostgres::password);
    }

    @Test
    void start_join_status_leave_and_history_each_need_one_connection_at_a_time() {
        Person owner = Steps.person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);

        JsonNode loaded = steps.status(study, member);
        JsonNode cached = steps.status(study, owner);

        assertThat(loaded.get("id").stringValue()).isEqualTo(session);
        assertThat(strings(loaded.get("participants"), "userId")).containsExactlyInAnyOrder(owner.id(), member.id());
        assertThat(strings(cached.get("participants"), "userId")).containsExactlyInAnyOrder(owner.id(), member.id());
        steps.leave(study, session, member);
        steps.leave(study, session, owner);
        assertThat(steps.status(study, owner).isNull()).isTrue();
        assertThat(steps.history(study, owner, "").get("sessions").get(0).get("id").stringValue()).isEqualTo(session);
    }
}
