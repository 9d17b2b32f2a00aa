package io.coup.videocall.adapter.in.signaling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.coup.videocall.domain.shared.ErrorCode;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The signaling server's meters (Micrometer, exported as Prometheus by the Actuator): connected sockets and call
 * rooms (gauges), relayed messages by event, refused events by code and connections closed as slow consumers
 * (counters), and the relay latency — from the
 * event's arrival on netty's loop to the relay handed back to netty for the target — as a histogram. Without a
 * {@link MeterRegistry} ({@link #none()}) every call is a no-op.
 */
class SignalingMetrics {

    static final String CONNECTIONS = "coup.signaling.connections";
    static final String ROOMS = "coup.signaling.rooms";
    static final String RELAYED = "coup.signaling.relayed";
    static final String REFUSED = "coup.signaling.refused";
    static final String RELAY_LATENCY = "coup.signaling.relay.latency";
    static final String SLOW_CONSUMERS = "coup.signaling.slow-consumers.closed";

    private final MeterRegistry registry;
    private final Map<String, Counter> relayed = new ConcurrentHashMap<>();
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();

    private SignalingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static SignalingMetrics none() {
        return new SignalingMetrics(null);
    }

    static SignalingMetrics of(MeterRegistry registry, ConnectedSockets sockets) {
        SignalingMetrics metrics = new SignalingMetrics(registry);
        Gauge.builder(CONNECTIONS, sockets, ConnectedSockets::size)
                .description("Authenticated Socket.IO connections on this node").register(registry);
        Gauge.builder(ROOMS, sockets, s -> s.roomSizes().size())
                .description("Call rooms with at least one socket on this node").register(registry);
        return metrics;
    }

    /** A relay of {@code event} handed to netty; {@code receivedNanos} is {@link System#nanoTime()} at its arrival. */
    void relayed(String event, long receivedNanos) {
        if (registry == null) {
            return;
        }
        relayed.computeIfAbsent(event, e -> Counter.builder(RELAYED).tag("event", e)
                .description("WebRTC messages relayed to a peer").register(registry)).increment();
        latency.computeIfAbsent(event, e -> Timer.builder(RELAY_LATENCY).tag("event", e)
                        .description("From a relay's arrival to its hand-off to netty for the target")
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofNanos(100_000))
                        .maximumExpectedValue(Duration.ofSeconds(5))
                        .register(registry))
                .record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    }

    /** A connection closed because its client left too much unread ({@link SlowConsumerGuard}). */
    void slowConsumerClosed() {
        if (registry != null) {
            Counter.builder(SLOW_CONSUMERS).description("Connections closed for leaving too much unread")
                    .register(registry).increment();
        }
    }

    /** A client event refused with {@code code}. */
    void refused(String event, ErrorCode code) {
        if (registry == null) {
            return;
        }
        refused.computeIfAbsent(event + '|' + code.name(), k -> Counter.builder(REFUSED)
                .tag("event", event).tag("code", code.name())
                .description("Client events refused, by code").register(registry)).increment();
    }
}
