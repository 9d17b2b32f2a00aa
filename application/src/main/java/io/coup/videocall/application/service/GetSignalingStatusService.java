package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.signaling.GetSignalingStatusUseCase;
import io.coup.videocall.application.port.in.signaling.SignalingStatusView;
import io.coup.videocall.application.port.out.SignalingSnapshot;
import io.coup.videocall.application.port.out.SignalingStatsPort;

import java.time.Clock;
import java.util.Comparator;

/** Reads the signaling server's own numbers; no database, so no transaction. */
public class GetSignalingStatusService implements GetSignalingStatusUseCase {

    private final SignalingStatsPort stats;
    private final Clock clock;

    public GetSignalingStatusService(SignalingStatsPort stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public SignalingStatusView status() {
        SignalingSnapshot now = stats.snapshot();
        SignalingSnapshot.Memory memory = now.memory();
        return new SignalingStatusView(now.connections(),
                now.rooms().stream()
                        .sorted(Comparator.comparingInt(SignalingSnapshot.Room::participants).reversed()
                                .thenComparing(SignalingSnapshot.Room::name))
                        .map(r -> new SignalingStatusView.RoomView(r.name(), r.participants()))
                        .toList(),
                new SignalingStatusView.MemoryView(memory.heapUsed(), memory.heapCommitted(), memory.heapMax(),
                        memory.nonHeapUsed()),
                now.uptime().toSeconds(), clock.instant());
    }
}
