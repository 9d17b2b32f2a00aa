package io.coup.videocall.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Objects;

/**
 * Reconciliation of attendance with the OpenVidu server (read with {@code coup.media.provider=openvidu}).
 *
 * @param reconcileInterval pause between two rounds; the first runs at start-up
 * @param reconcileSettleTime how long a fresh visit may go without a connection on the media server before it is
 *                            closed: the browser has to receive its token and connect first
 */
@ConfigurationProperties("coup.openvidu")
public record OpenViduReconciliationProperties(@DefaultValue("60s") Duration reconcileInterval,
                                               @DefaultValue("30s") Duration reconcileSettleTime) {

    public OpenViduReconciliationProperties {
        Objects.requireNonNull(reconcileInterval, "coup.openvidu.reconcile-interval");
        Objects.requireNonNull(reconcileSettleTime, "coup.openvidu.reconcile-settle-time");
        if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
            throw new IllegalArgumentException("coup.openvidu.reconcile-interval must be positive: " + reconcileInterval);
        }
        if (reconcileSettleTime.isNegative()) {
            throw new IllegalArgumentException("coup.openvidu.reconcile-settle-time must not be negative: "
                    + reconcileSettleTime);
        }
    }
}
