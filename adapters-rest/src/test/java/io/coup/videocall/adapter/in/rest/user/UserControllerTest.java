package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.adapter.in.rest.RestTestWiring;
import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonCompareMode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserControllerTest extends HttpTestSupport {

    @Test
    void me_answers_the_user_of_the_token() throws Exception {
        mvc.perform(getAs("alice", "/api/me"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"user": {"id": "alice", "name": "Alice", "avatar": "https://img.example/alice.png"}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(UserId.class)).isEqualTo(UserId.of("alice"));
    }

    @Test
    void every_authenticated_request_syncs_the_user_from_the_claims() throws Exception {
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());

        assertThat(useCases.synced()).containsExactly(new SyncUserCommand(UserId.of("carol"), "Name of carol",
                "https://img.example/carol.png"));
    }

    @Test
    void unchanged_claims_are_synced_again_only_after_the_sync_interval() throws Exception {
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());
        manualTime.advance(RestTestWiring.USER_SYNC_INTERVAL.minusNanos(1));
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());
        assertThat(useCases.synced()).hasSize(1);

        manualTime.advance(Duration.ofNanos(1));
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());

        assertThat(useCases.synced()).hasSize(2).containsOnly(new SyncUserCommand(UserId.of("carol"), "Name of carol",
                "https://img.example/carol.png"));
    }

    @Test
    void each_user_is_remembered_apart() throws Exception {
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());
        mvc.perform(getAs("dave", "/api/me")).andExpect(status().isOk());
        mvc.perform(getAs("carol", "/api/me")).andExpect(status().isOk());

        assertThat(useCases.synced()).extracting(SyncUserCommand::userId)
                .containsExactly(UserId.of("carol"), UserId.of("dave"));
    }

    @Test
    void preferred_username_stands_in_for_a_missing_name() throws Exception {
        mvc.perform(getAs(RestTestWiring.NAMELESS, "/api/me")).andExpect(status().isOk());

        assertThat(useCases.synced()).containsExactly(new SyncUserCommand(UserId.of("nameless"), "nick", null));
    }

    @Test
    void a_token_whose_subject_is_no_valid_user_id_is_refused_401() throws Exception {
        mvc.perform(getAs(RestTestWiring.TOO_LONG_SUBJECT, "/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().json("""
                        {"code": "AUTH_REQUIRED", "error": "The token's subject is not a valid user id.", "details": {}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.synced()).isEmpty();
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void a_token_with_a_blank_subject_is_refused_401() throws Exception {
        mvc.perform(getAs(RestTestWiring.BLANK_SUBJECT, "/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"code\": \"AUTH_REQUIRED\", \"details\": {}}"));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void no_token_is_401_auth_required_with_the_error_body() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().json("""
                        {"code": "AUTH_REQUIRED", "error": "A valid bearer token is required.", "details": {}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.synced()).isEmpty();
    }

    @Test
    void an_invalid_token_is_401_auth_required() throws Exception {
        mvc.perform(getAs(RestTestWiring.INVALID, "/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(content().json("{\"code\": \"AUTH_REQUIRED\", \"details\": {}}"));
    }
}
