package io.coup.videocall.adapter.in.rest.signaling;

import io.coup.videocall.application.port.in.signaling.GetSignalingStatusUseCase;
import io.coup.videocall.application.port.in.signaling.SignalingStatusView;

import java.time.Instant;
import java.util.List;

/** The signaling server's numbers as a test sets them; by default two sockets in one room. */
public class FakeSignalingStatus implements GetSignalingStatusUseCase {

    public static final SignalingStatusView SAMPLE = new SignalingStatusView(3,
            List.of(new SignalingStatusView.RoomView("study-algo-s1", 2)),
            new SignalingStatusView.MemoryView(1_000, 2_000, -1, 500), 42, Instant.parse("2025-11-19T11:30:00.5Z"));

    public volatile SignalingStatusView status = SAMPLE;
    public volatile int calls;

    @Override
    public SignalingStatusView status() {
        calls++;
        return status;
    }
}
