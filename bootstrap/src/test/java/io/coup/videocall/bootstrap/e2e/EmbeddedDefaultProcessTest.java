package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8's one command, as a developer runs it: the service in a JVM of its own with no profile and no setting but
 * free ports, in an empty directory, so its H2 file database lands in {@code ./data} there. The other end-to-end tests
 * name every setting themselves; this one shows the shipped default really starts and issues dev tokens that the API
 * accepts (SPEC §7).
 */
class EmbeddedDefaultProcessTest {

    @Test
    void with_no_setting_the_service_starts_on_h2_and_a_dev_token_opens_the_api(@TempDir Path workingDirectory) {
        try (ServiceProcess service = ServiceProcess.start("embedded-default", Map.of(), workingDirectory)) {
            Response issued = service.post("/api/dev/token", null, "{\"userId\":\"dev-ann\",\"name\":\"Ann\"}");
            assertThat(issued.status()).as("dev token %s", issued).isEqualTo(200);
            assertKeys(issued.json(), "token", "expiresAt");
            String token = issued.json().get("token").stringValue();

            Response me = service.get("/api/me", token);
            assertThat(me.status()).as("me %s", me).isEqualTo(200);
            assertThat(me.json().get("user").get("id").stringValue()).isEqualTo("dev-ann");
            assertThat(me.json().get("user").get("name").stringValue()).isEqualTo("Ann");
            Response study = service.post("/api/studies", token, "{\"name\":\"Local study\"}");
            assertThat(study.status()).as("create study %s", study).isEqualTo(201);
            assertThat(service.get("/api/me", null).status()).as("the API still needs a token").isEqualTo(401);
        }
        assertThat(workingDirectory.resolve("data/coup.mv.db")).as("the H2 file database").isRegularFile();
    }
}
