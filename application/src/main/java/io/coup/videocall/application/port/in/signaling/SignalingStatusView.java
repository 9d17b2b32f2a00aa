package io.coup.videocall.application.port.in.signaling;

import java.time.Instant;
import java.util.List;

/**
 * The signaling server of this node now.
 *
 * @param connections authenticated sockets connected
 * @param rooms call rooms with at least one socket, busiest first
 * @param memory the JVM's memory in bytes
 * @param uptimeSeconds how long the signaling server has been running, in seconds
 * @param timestamp when this was read (the service clock)
 */
public record SignalingStatusView(int connections, List<RoomView> rooms, MemoryView memory, long uptimeSeconds,
                                  Instant timestamp) {

    public SignalingStatusView {
        rooms = List.copyOf(rooms);
    }

    public record RoomView(String name, int participants) {
    }

    public record MemoryView(long heapUsed, long heapCommitted, long heapMax, long nonHeapUsed) {
    }
}
