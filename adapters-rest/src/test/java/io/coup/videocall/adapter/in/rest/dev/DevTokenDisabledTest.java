package io.coup.videocall.adapter.in.rest.dev;

import io.coup.videocall.adapter.in.rest.RestTestWiring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest
@Import(RestTestWiring.class)
class DevTokenDisabledTest {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void without_the_property_there_is_no_dev_token_endpoint() throws Exception {
        assertThat(context.getBeansOfType(DevTokenController.class)).isEmpty();
        mvc.perform(post("/api/dev/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"alice\", \"name\": \"Alice\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().json("{\"code\": \"NOT_FOUND\", \"details\": {}}"));
    }
}
