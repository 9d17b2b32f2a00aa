package io.coup.videocall.adapter.out.openvidu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the OpenVidu 2 server, under {@code coup.openvidu.*} (docs/media.md).
 *
 * @param url base URL of the OpenVidu deployment, e.g. {@code https://media.example.com} (the REST API lives under
 *            {@code /openvidu/api})
 * @param secret the deployment's {@code OPENVIDU_SECRET}; sent as Basic auth {@code OPENVIDUAPP:<secret>}
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for an answer to one request
 * @param retry retries of the calls that may be repeated safely
 */
@ConfigurationProperties("coup.openvidu")
public record OpenViduProperties(URI url,
                                 String secret,
                                 @DefaultValue("2s") Duration connectTimeout,
                                 @DefaultValue("5s") Duration readTimeout,
                                 @DefaultValue Retry retry) {

    public OpenViduProperties {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException("coup.openvidu.url must be an absolute http(s) URL, got: " + url);
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("coup.openvidu.url must use http or https, got: " + url);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("coup.openvidu.secret must be set");
        }
        connectTimeout = positive("coup.openvidu.connect-timeout", connectTimeout, Duration.ofSeconds(2));
        readTimeout = positive("coup.openvidu.read-timeout", readTimeout, Duration.ofSeconds(5));
        retry = retry == null ? Retry.DEFAULT : retry;
    }

    /**
     * Bounded retries with exponential backoff: the n-th retry waits {@code min(initialBackoff × multiplier^(n-1),
     * maxBackoff)}.
     *
     * @param attempts tries in all, the first included (1 = no retry)
     * @param initialBackoff wait before the first retry
     * @param multiplier growth of the wait from one retry to the next
     * @param maxBackoff cap of one wait
     */
    public record Retry(@DefaultValue("3") int attempts,
                        @DefaultValue("200ms") Duration initialBackoff,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("2s") Duration maxBackoff) {

        static final Retry DEFAULT = new Retry(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2));

        public Retry {
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("coup.openvidu.retry.attempts must be within 1..10, got: " + attempts);
            }
            if (multiplier < 1.0) {
                throw new IllegalArgumentException("coup.openvidu.retry.multiplier must be at least 1, got: " + multiplier);
            }
            initialBackoff = notNegative("coup.openvidu.retry.initial-backoff", initialBackoff, Duration.ofMillis(200));
            maxBackoff = notNegative("coup.openvidu.retry.max-backoff", maxBackoff, Duration.ofSeconds(2));
        }

        /** The wait after the {@code failedAttempt}-th failed try (1-based). */
        Duration backoffAfter(int failedAttempt) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, failedAttempt - 1.0);
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
        }
    }

    /** The API root, with the trailing slash openvidu-java-client expects. */
    String baseUrl() {
        String value = url.toString();
        return value.endsWith("/") ? value : value + "/";
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        Duration result = value == null ? fallback : value;
        if (result.isNegative() || result.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, got: " + value);
        }
        return result;
    }

    private static Duration notNegative(String key, Duration value, Duration fallback) {
        Duration result = value == null ? fallback : value;
        if (result.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, got: " + value);
        }
        return result;
    }

    @Override
    public String toString() {
        return "OpenViduProperties[url=" + url + ", secret=***, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retry=" + retry + "]";
    }
}
