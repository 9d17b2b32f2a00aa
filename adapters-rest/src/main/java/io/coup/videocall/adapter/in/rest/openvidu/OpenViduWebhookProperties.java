package io.coup.videocall.adapter.in.rest.openvidu;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How OpenVidu proves that a webhook call comes from it: a header it sends with every call
 * ({@code OPENVIDU_WEBHOOK_HEADERS=["<header-name>: <secret>"]}). Required with {@code coup.media.provider=openvidu};
 * the service does not start without a secret.
 *
 * @param headerName the header carrying the secret
 * @param secret the shared secret, at least 16 characters
 */
@Validated
@ConfigurationProperties("coup.openvidu.webhook")
public record OpenViduWebhookProperties(
        @DefaultValue("X-Coup-Webhook-Secret") @NotBlank @Pattern(regexp = "[A-Za-z0-9-]+") String headerName,
        @NotBlank(message = "coup.openvidu.webhook.secret is required with coup.media.provider=openvidu")
        @Size(min = 16) String secret) {

    @Override
    public String toString() {
        return "OpenViduWebhookProperties[headerName=" + headerName + ", secret=(hidden)]";
    }
}
