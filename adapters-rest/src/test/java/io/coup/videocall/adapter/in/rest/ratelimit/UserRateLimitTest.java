package io.coup.videocall.adapter.in.rest.ratelimit;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.adapter.in.rest.RestTestWiring;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §7: start and join share a per-user budget; over it, 429 RATE_LIMITED with Retry-After, and the use case is
 * not called. The slice's real limiter allows {@link RestTestWiring#RATE_LIMIT_BURST} at once and refills one call
 * every 10 s on a clock the test moves.
 */
class UserRateLimitTest extends HttpTestSupport {

    private static final String JOIN_BODY = "{\"sessionId\": \"s-1\"}";

    private void spendBudget(String user) throws Exception {
        for (int i = 0; i < RestTestWiring.RATE_LIMIT_BURST; i++) {
            mvc.perform(postAs(user, CALL + "/start", null)).andExpect(status().isCreated());
        }
    }

    @Test
    void over_budget_start_is_429_rate_limited_with_retry_after_and_starts_nothing() throws Exception {
        spendBudget("rita");
        useCases.reset();

        mvc.perform(postAs("rita", CALL + "/start", null))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().json("{\"code\": \"RATE_LIMITED\", \"details\": {\"retryAfterSeconds\": 10}}"))
                .andExpect(jsonPath("$.error").isNotEmpty());
        assertThat(useCases.received()).noneMatch(StartCallCommand.class::isInstance);
    }

    @Test
    void join_spends_the_same_budget_as_start() throws Exception {
        spendBudget("jack");

        mvc.perform(postAs("jack", CALL + "/join", JOIN_BODY))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
    }

    /** quick-join starts and joins, auto-reconnect issues a new connection: both spend the same budget. */
    @Test
    void quick_join_and_auto_reconnect_spend_the_same_budget() throws Exception {
        spendBudget("mina");

        mvc.perform(postAs("mina", "/api/video-call/advanced/quick-join", "{\"studyId\": \"algo\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
        mvc.perform(postAs("mina", "/api/video-call/advanced/sessions/s-1/auto-reconnect", null))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void a_limited_user_does_not_limit_anyone_else_nor_their_own_other_requests() throws Exception {
        spendBudget("rita");

        mvc.perform(postAs("olga", CALL + "/join", JOIN_BODY)).andExpect(status().isOk());
        mvc.perform(getAs("rita", CALL + "/status")).andExpect(status().isOk());
        mvc.perform(postAs("rita", CALL + "/leave", JOIN_BODY)).andExpect(status().isOk());
    }

    @Test
    void the_budget_refills_with_time() throws Exception {
        spendBudget("rita");
        mvc.perform(postAs("rita", CALL + "/join", JOIN_BODY)).andExpect(status().isTooManyRequests());

        manualTime.advance(Duration.ofSeconds(10));

        mvc.perform(postAs("rita", CALL + "/join", JOIN_BODY)).andExpect(status().isOk());
        mvc.perform(postAs("rita", CALL + "/join", JOIN_BODY)).andExpect(status().isTooManyRequests());
    }
}
