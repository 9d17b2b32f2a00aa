package io.coup.videocall.adapter.in.rest.openvidu;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSecretTest {

    private final WebhookSecret secret = new WebhookSecret("s3cret-of-the-webhook");

    @Test
    void only_the_exact_secret_matches() {
        assertThat(secret.matches("s3cret-of-the-webhook")).isTrue();
        assertThat(secret.matches("s3cret-of-the-webhooK")).isFalse();
        assertThat(secret.matches("s3cret-of-the-webhook ")).isFalse();
        assertThat(secret.matches("s3cret")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }
}
