package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.domain.call.MediaProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenViduConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OpenViduConfiguration.class);

    @Test
    void with_openvidu_as_media_provider_the_port_and_the_health_contributor_exist() {
        context.withPropertyValues("coup.media.provider=openvidu", "coup.openvidu.url=https://media.example.com",
                        "coup.openvidu.secret=s3cret", "coup.openvidu.read-timeout=3s", "coup.openvidu.retry.attempts=4")
                .run(app -> {
                    assertThat(app).hasSingleBean(MediaProviderPort.class);
                    assertThat(app.getBean(MediaProviderPort.class).provider()).isEqualTo(MediaProvider.OPENVIDU);
                    assertThat(app).hasBean("openviduHealthIndicator");
                    assertThat(app.getBean("openviduHealthIndicator")).isInstanceOf(HealthIndicator.class);
                    OpenViduProperties properties = app.getBean(OpenViduProperties.class);
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.retry().attempts()).isEqualTo(4);
                    assertThat(properties.retry().initialBackoff()).isEqualTo(Duration.ofMillis(200));
                });
    }

    @Test
    void the_provider_name_is_matched_whatever_its_case() {
        context.withPropertyValues("coup.media.provider=OPENVIDU", "coup.openvidu.url=http://localhost:4443",
                        "coup.openvidu.secret=s")
                .run(app -> assertThat(app).hasSingleBean(MediaProviderPort.class));
    }

    @Test
    void with_another_media_provider_or_none_nothing_of_openvidu_is_created() {
        context.withPropertyValues("coup.media.provider=mesh")
                .run(app -> assertThat(app).doesNotHaveBean(MediaProviderPort.class).doesNotHaveBean(OpenViduProperties.class));
        context.run(app -> assertThat(app).doesNotHaveBean(MediaProviderPort.class));
    }

    @Test
    void openvidu_without_a_secret_refuses_to_start() {
        context.withPropertyValues("coup.media.provider=openvidu", "coup.openvidu.url=https://media.example.com")
                .run(app -> assertThat(app).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("coup.openvidu.secret"));
    }
}
