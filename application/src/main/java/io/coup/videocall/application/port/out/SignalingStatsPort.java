package io.coup.videocall.application.port.out;

/** What the signaling server of this node can tell about itself: connections, rooms, memory, uptime. */
public interface SignalingStatsPort {

    SignalingSnapshot snapshot();
}
