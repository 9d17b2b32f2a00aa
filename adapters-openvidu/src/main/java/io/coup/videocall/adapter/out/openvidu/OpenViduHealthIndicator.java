package io.coup.videocall.adapter.out.openvidu;

import io.openvidu.java.client.OpenVidu;
import io.openvidu.java.client.OpenViduHttpException;
import io.openvidu.java.client.OpenViduJavaClientException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator health of the media server (contributor {@code openvidu}): one unretried request listing the sessions
 * ({@code GET /openvidu/api/sessions}) with the configured timeouts. UP with the number of sessions; DOWN when the
 * server is unreachable, too slow, failing, refuses our secret or answers something that is not OpenVidu. Health
 * reflects now, so it never retries.
 */
final class OpenViduHealthIndicator implements HealthIndicator {

    private final OpenVidu openVidu;
    private final TransportFailures transport;
    private final String url;

    OpenViduHealthIndicator(OpenVidu openVidu, TransportFailures transport, String url) {
        this.openVidu = openVidu;
        this.transport = transport;
        this.url = url;
    }

    @Override
    public Health health() {
        transport.clear();
        try {
            openVidu.fetch();
            return Health.up()
                    .withDetail("url", url)
                    .withDetail("sessions", openVidu.getActiveSessions().size())
                    .build();
        } catch (OpenViduHttpException | OpenViduJavaClientException e) {
            Failure failure = Failure.of(e, transport.last());
            return Health.down()
                    .withDetail("url", url)
                    .withDetail("failure", failure.kind().name())
                    .withDetail("error", failure.description())
                    .build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("url", url)
                    .withDetail("failure", "UNEXPECTED_ANSWER")
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        } finally {
            transport.clear();
        }
    }
}
