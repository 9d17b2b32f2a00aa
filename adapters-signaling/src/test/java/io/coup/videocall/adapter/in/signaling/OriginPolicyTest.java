package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.HandshakeData;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OriginPolicyTest {

    private final OriginPolicy policy = new OriginPolicy(List.of("https://app.coup.io"));

    private boolean allows(String origin) {
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        if (origin != null) {
            headers.add("Origin", origin);
        }
        return policy.getAuthorizationResult(new HandshakeData(headers, Map.of(), null, "/socket.io/", origin != null))
                .isAuthorized();
    }

    @Test
    void a_listed_origin_is_let_through() {
        assertThat(allows("https://app.coup.io")).isTrue();
    }

    @Test
    void any_other_browser_origin_is_refused_even_a_look_alike() {
        assertThat(allows("https://evil.example")).isFalse();
        assertThat(allows("https://app.coup.io.evil.example")).isFalse();
        assertThat(allows("null")).isFalse();
    }

    @Test
    void a_client_without_origin_is_no_browser_and_goes_on_to_the_token_check() {
        assertThat(allows(null)).isTrue();
    }
}
