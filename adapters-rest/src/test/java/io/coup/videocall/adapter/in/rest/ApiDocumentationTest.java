package io.coup.videocall.adapter.in.rest;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.configuration.SpringDocSecurityConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The generated OpenAPI document: bearer-JWT scheme, the tagged endpoints, flattened schemas, error bodies. */
@WebMvcTest(properties = "coup.security.dev-tokens=true")
@Import({RestTestWiring.class, ApiDocumentation.class})
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocSecurityConfiguration.class, SpringDocWebMvcConfiguration.class})
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void documents_the_api() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer alice"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode doc = JsonMapper.builder().build().readTree(json);

        assertThat(doc.at("/info/title").asString()).isEqualTo("CoUp Video API");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.at("/paths").propertyNames()).contains("/api/me", "/api/studies", "/api/my-studies",
                "/api/studies/{studyId}/members", "/api/studies/{studyId}/members/{userId}",
                "/api/my-studies/{studyId}/video-call/start", "/api/my-studies/{studyId}/video-call/status",
                "/api/my-studies/{studyId}/video-call/join", "/api/my-studies/{studyId}/video-call/leave",
                "/api/my-studies/{studyId}/video-call/history",
                "/api/my-studies/{studyId}/video-call/sessions/{sessionId}",
                "/api/my-studies/{studyId}/video-call/sessions/{sessionId}/attendance.csv",
                "/api/my-studies/{studyId}/video-call/sessions/{sessionId}/end",
                "/api/my-studies/{studyId}/video-call/stats",
                "/api/my-studies/{studyId}/video-call/stats/users/{userId}", "/api/dev/token");
        assertThat(doc.at("/paths").propertyNames()).doesNotContain("/error");
        assertThat(doc.at("/components/schemas/ApiError/properties").propertyNames())
                .containsExactlyInAnyOrder("error", "code", "details");
        assertThat(doc.at("/components/schemas/ParticipantBody/properties").propertyNames())
                .contains("isMuted", "isVideoOff", "isSharing");
        assertThat(doc.at("/paths/~1api~1me/get/responses/401/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ApiError");
        assertThat(doc.at("/paths/~1api~1my-studies~1{studyId}~1video-call~1start/post/responses").propertyNames())
                .contains("200", "201");
    }
}
