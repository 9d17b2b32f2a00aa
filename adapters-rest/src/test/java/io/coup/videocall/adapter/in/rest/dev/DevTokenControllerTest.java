package io.coup.videocall.adapter.in.rest.dev;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The slice runs with {@code coup.security.dev-tokens=true}; {@link DevTokenDisabledTest} covers the default. */
class DevTokenControllerTest extends HttpTestSupport {

    @Test
    void issues_a_token_without_authentication() throws Exception {
        mvc.perform(post("/api/dev/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"alice\", \"name\": \"Alice\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"token": "token-for-alice", "expiresAt": "2025-11-19T11:30:00.000Z"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void user_id_and_name_are_required() throws Exception {
        mvc.perform(post("/api/dev/token").contentType(MediaType.APPLICATION_JSON).content("{\"avatar\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST",
                         "details": {"fields": {"userId": "must not be blank", "name": "must not be blank"}}}
                        """));
    }

    @Test
    void a_user_id_over_64_characters_is_refused() throws Exception {
        mvc.perform(post("/api/dev/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"" + "u".repeat(65) + "\", \"name\": \"U\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"details\": {\"fields\": {\"userId\": \"size must be between 0 and 64\"}}}"));
    }
}
