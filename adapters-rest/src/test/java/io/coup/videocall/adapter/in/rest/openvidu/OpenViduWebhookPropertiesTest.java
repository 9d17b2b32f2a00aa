package io.coup.videocall.adapter.in.rest.openvidu;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenViduWebhookPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OpenViduWebhookProperties.class)
    static class Binding {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @Test
    void the_secret_is_required_and_the_header_has_a_default() {
        context.run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("coup.openvidu.webhook.secret"));
        context.withPropertyValues("coup.openvidu.webhook.secret=0123456789abcdef").run(ctx -> {
            OpenViduWebhookProperties properties = ctx.getBean(OpenViduWebhookProperties.class);
            assertThat(properties.headerName()).isEqualTo("X-Coup-Webhook-Secret");
            assertThat(properties.toString()).doesNotContain("0123456789abcdef");
        });
    }

    @Test
    void a_short_secret_or_a_header_name_that_is_not_a_token_is_refused() {
        context.withPropertyValues("coup.openvidu.webhook.secret=short").run(ctx -> assertThat(ctx).hasFailed());
        context.withPropertyValues("coup.openvidu.webhook.secret=0123456789abcdef",
                "coup.openvidu.webhook.header-name=X Secret").run(ctx -> assertThat(ctx).hasFailed());
    }
}
