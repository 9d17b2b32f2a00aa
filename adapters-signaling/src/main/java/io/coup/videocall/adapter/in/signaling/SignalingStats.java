package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.out.SignalingSnapshot;
import io.coup.videocall.application.port.out.SignalingStatsPort;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.time.Duration;

/**
 * The numbers behind {@code /signaling/health} and {@code /signaling/metrics}: this node's authenticated sockets and
 * call rooms (from {@link ConnectedSockets}), the JVM's memory, and the time since the server was set up.
 */
class SignalingStats implements SignalingStatsPort {

    private final ConnectedSockets sockets;
    private final long startedNanos = System.nanoTime();

    SignalingStats(ConnectedSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public SignalingSnapshot snapshot() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        return new SignalingSnapshot(sockets.size(),
                sockets.roomSizes().entrySet().stream()
                        .map(e -> new SignalingSnapshot.Room(e.getKey().value(), Math.toIntExact(e.getValue())))
                        .toList(),
                new SignalingSnapshot.Memory(heap.getUsed(), heap.getCommitted(), heap.getMax(),
                        memory.getNonHeapMemoryUsage().getUsed()),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
