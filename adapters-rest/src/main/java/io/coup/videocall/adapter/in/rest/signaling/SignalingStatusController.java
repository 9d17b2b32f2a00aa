package io.coup.videocall.adapter.in.rest.signaling;

import io.coup.videocall.adapter.in.rest.ApiTime;
import io.coup.videocall.application.port.in.signaling.GetSignalingStatusUseCase;
import io.coup.videocall.application.port.in.signaling.SignalingStatusView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * SPEC §5.3, the signaling server's operational endpoints (served by the HTTP API: netty-socketio serves no other
 * HTTP). {@code /signaling/health} is public; {@code /signaling/metrics} needs a token.
 */
@Tag(name = "Signaling", description = "Health and load of this node's Socket.IO server")
@RestController
@RequestMapping("/signaling")
public class SignalingStatusController {

    private final GetSignalingStatusUseCase signaling;

    public SignalingStatusController(GetSignalingStatusUseCase signaling) {
        this.signaling = signaling;
    }

    /** {@code uptime} in seconds, {@code timestamp} ISO-8601 UTC. */
    record HealthResponse(String status, int connections, long uptime, String timestamp) {
    }

    record RoomResponse(String name, int participants) {
    }

    /** Bytes. {@code heapMax} is -1 when the JVM sets no limit. */
    record MemoryResponse(long heapUsed, long heapCommitted, long heapMax, long nonHeapUsed) {
    }

    record MetricsResponse(int connections, int rooms, List<RoomResponse> roomDetails, MemoryResponse memory,
                           long uptime) {
    }

    @Operation(summary = "Whether the Socket.IO server is up, with its connection count (no token needed)")
    @GetMapping("/health")
    HealthResponse health() {
        SignalingStatusView status = signaling.status();
        return new HealthResponse("ok", status.connections(), status.uptimeSeconds(), ApiTime.format(status.timestamp()));
    }

    @Operation(summary = "Connections, call rooms with their sockets, JVM memory and uptime of this node")
    @GetMapping("/metrics")
    MetricsResponse metrics() {
        SignalingStatusView status = signaling.status();
        SignalingStatusView.MemoryView memory = status.memory();
        return new MetricsResponse(status.connections(), status.rooms().size(),
                status.rooms().stream().map(r -> new RoomResponse(r.name(), r.participants())).toList(),
                new MemoryResponse(memory.heapUsed(), memory.heapCommitted(), memory.heapMax(), memory.nonHeapUsed()),
                status.uptimeSeconds());
    }
}
