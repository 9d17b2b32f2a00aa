package io.coup.videocall.adapter.out.openvidu;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenViduPropertiesTest {

    @Test
    void backoff_grows_exponentially_up_to_its_cap() {
        OpenViduProperties.Retry retry = new OpenViduProperties.Retry(5, Duration.ofMillis(100), 2.0, Duration.ofMillis(350));

        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(retry.backoffAfter(4)).isEqualTo(Duration.ofMillis(350));
    }

    @Test
    void unset_values_take_the_documented_defaults() {
        OpenViduProperties properties = new OpenViduProperties(URI.create("https://media.example.com"), "s", null, null, null);

        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.retry()).isEqualTo(new OpenViduProperties.Retry(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2)));
        assertThat(properties.baseUrl()).isEqualTo("https://media.example.com/");
    }

    @Test
    void the_secret_never_appears_in_logs() {
        assertThat(new OpenViduProperties(URI.create("https://m.example"), "top-secret", null, null, null).toString())
                .doesNotContain("top-secret");
    }

    @Test
    void a_missing_url_or_secret_or_a_nonsense_retry_is_refused() {
        assertThatThrownBy(() -> new OpenViduProperties(null, "s", null, null, null)).hasMessageContaining("coup.openvidu.url");
        assertThatThrownBy(() -> new OpenViduProperties(URI.create("localhost:4443"), "s", null, null, null))
                .hasMessageContaining("coup.openvidu.url");
        assertThatThrownBy(() -> new OpenViduProperties(URI.create("https://m.example"), " ", null, null, null))
                .hasMessageContaining("coup.openvidu.secret");
        assertThatThrownBy(() -> new OpenViduProperties.Retry(0, Duration.ZERO, 2.0, Duration.ZERO))
                .hasMessageContaining("attempts");
        assertThatThrownBy(() -> new OpenViduProperties(URI.create("https://m.example"), "s", Duration.ZERO, null, null))
                .hasMessageContaining("connect-timeout");
    }
}
