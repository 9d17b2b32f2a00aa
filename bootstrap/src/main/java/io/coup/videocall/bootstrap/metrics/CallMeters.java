package io.coup.videocall.bootstrap.metrics;

import io.coup.videocall.domain.call.CallEvent;
import io.coup.videocall.domain.call.LeaveReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

/**
 * The call counters of SPEC §5.3, per node: calls started and ended, visits begun (joins) and ended (leaves, by
 * {@link LeaveReason}). All are registered at start-up, so each series exists at 0 before its first event and
 * Prometheus's {@code rate()} sees the first one too.
 */
public class CallMeters {

    public static final String STARTED = "coup.calls.started";
    public static final String ENDED = "coup.calls.ended";
    public static final String JOINS = "coup.calls.joins";
    public static final String LEAVES = "coup.calls.leaves";

    private final Counter started;
    private final Counter ended;
    private final Counter joins;
    private final Map<LeaveReason, Counter> leaves = new EnumMap<>(LeaveReason.class);

    public CallMeters(MeterRegistry registry) {
        started = Counter.builder(STARTED).description("Calls started").register(registry);
        ended = Counter.builder(ENDED).description("Calls ended").register(registry);
        joins = Counter.builder(JOINS).description("Visits of a call begun: first joins and returns").register(registry);
        for (LeaveReason reason : LeaveReason.values()) {
            leaves.put(reason, Counter.builder(LEAVES).tag("reason", reason.name())
                    .description("Visits of a call ended, by reason").register(registry));
        }
    }

    void count(CallEvent event) {
        if (event instanceof CallEvent.Started) {
            started.increment();
        } else if (event instanceof CallEvent.Ended) {
            ended.increment();
        } else if (event instanceof CallEvent.Joined) {
            joins.increment();
        } else if (event instanceof CallEvent.Left left) {
            leaves.get(left.reason()).increment();
        }
    }
}
