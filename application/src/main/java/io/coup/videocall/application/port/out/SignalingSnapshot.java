package io.coup.videocall.application.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The signaling server of this node at one moment.
 *
 * @param connections authenticated sockets connected now
 * @param rooms the call rooms with at least one socket, and how many sockets each
 * @param memory the JVM's memory, in bytes
 * @param uptime how long the signaling server has been running
 */
public record SignalingSnapshot(int connections, List<Room> rooms, Memory memory, Duration uptime) {

    public SignalingSnapshot {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(uptime, "uptime");
        rooms = List.copyOf(rooms);
    }

    /** A call room and the sockets in it. */
    public record Room(String name, int participants) {

        public Room {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Bytes: heap in use, heap committed, heap limit (-1 when undefined), non-heap in use. */
    public record Memory(long heapUsed, long heapCommitted, long heapMax, long nonHeapUsed) {
    }
}
