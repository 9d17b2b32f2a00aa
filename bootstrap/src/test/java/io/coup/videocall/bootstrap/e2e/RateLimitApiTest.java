package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static io.coup.videocall.bootstrap.e2e.Steps.sessionBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §7 over HTTP with the service's own limits: {@value EndToEndTest#RATE_LIMIT_BURST} start/join calls at
 * once per user, then one a second.
 */
class RateLimitApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);

    @Test
    void a_user_over_budget_gets_429_with_retry_after_others_are_served_and_the_budget_refills() throws InterruptedException {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        Person flooder = steps.member(study, owner, "flooder");
        Person calm = steps.member(study, owner, "calm");

        // Calls count whatever their outcome: joining a session that does not exist spends the budget too.
        String unknownSession = UUID.randomUUID().toString();
        int served = 0;
        Response response = post(call(study) + "/start", flooder.token(), null);
        while (response.status() != 429 && served <= 2 * RATE_LIMIT_BURST) {
            served++;
            response = post(call(study) + "/join", flooder.token(), sessionBody(unknownSession));
        }

        // The burst, plus what refilled meanwhile (one a second): never less, and not much more.
        assertThat(served).isBetween(RATE_LIMIT_BURST, 2 * RATE_LIMIT_BURST);
        JsonNode body = assertError(response, 429, "RATE_LIMITED");
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(body.get("details").get("retryAfterSeconds").asInt()).isEqualTo(1);
        assertError(post(call(study) + "/join", flooder.token(), sessionBody(session)), 429, "RATE_LIMITED");

        steps.join(study, session, calm);
        assertThat(steps.status(study, flooder).get("participants").size()).as("reads are not limited").isEqualTo(1);

        Thread.sleep(1_100);
        steps.join(study, session, flooder);
    }
}
