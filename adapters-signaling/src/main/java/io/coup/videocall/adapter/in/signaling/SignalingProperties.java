package io.coup.videocall.adapter.in.signaling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * The Socket.IO server, under {@code coup.signaling.*}. Clients connect to {@code http://host:port/coup} with
 * {@code path} as the Socket.IO path and the websocket transport.
 *
 * @param hostname interface to bind, or null for all
 * @param port the server's own port (not the HTTP API's)
 * @param path the Socket.IO path
 * @param allowedOrigins browser origins allowed to open a socket; a handshake with another {@code Origin} is refused
 * @param maxFramePayloadLength largest websocket frame accepted
 * @param maxHttpContentLength largest HTTP body accepted (handshake)
 * @param pingInterval how often the server pings (socket.io's default)
 * @param pingTimeout how long without a pong before a socket is dropped (socket.io's default)
 * @param workerThreads threads that run socket events (they call the use cases, which use the database)
 * @param maxPendingEvents events of one socket waiting to run; more are refused with RATE_LIMITED
 * @param eventsPerSecond events one socket may send per second on average; more answer RATE_LIMITED
 * @param eventBurst events one socket may send at once before the average applies
 * @param reconnectGrace how long a dropped socket's user may take to rejoin and keep one attendance segment
 *                       (SPEC §6.4; 0 records a drop at once)
 * @param store where rooms live: this node's memory, or Redis for several nodes ({@link SignalingRedisConfiguration}
 *              reads the same key); bound here so that a misspelt value stops the start-up instead of quietly
 *              running a cluster on per-node rooms
 */
@ConfigurationProperties("coup.signaling")
public record SignalingProperties(String hostname,
                                  @DefaultValue("9092") int port,
                                  @DefaultValue("/socket.io") String path,
                                  @DefaultValue({"http://localhost:8080", "http://localhost:3000"}) List<String> allowedOrigins,
                                  @DefaultValue("64KB") DataSize maxFramePayloadLength,
                                  @DefaultValue("256KB") DataSize maxFrameReadLength,
                                  @DefaultValue("64KB") DataSize maxHttpContentLength,
                                  @DefaultValue("1MB") DataSize maxPendingOutput,
                                  @DefaultValue("25s") Duration pingInterval,
                                  @DefaultValue("20s") Duration pingTimeout,
                                  @DefaultValue("8") int workerThreads,
                                  @DefaultValue("64") int maxPendingEvents,
                                  @DefaultValue("30") int eventsPerSecond,
                                  @DefaultValue("120") int eventBurst,
                                  @DefaultValue("15s") Duration reconnectGrace,
                                  @DefaultValue("memory") Store store) {

    /** The one namespace the product uses; {@code /} stays unused (netty-socketio connects it before auth). */
    public static final String NAMESPACE = "/coup";

    public enum Store { MEMORY, REDIS }

    public SignalingProperties {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("coup.signaling.port must be between 0 and 65535");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("coup.signaling.path must start with '/'");
        }
        if (workerThreads < 1 || maxPendingEvents < 1 || eventsPerSecond < 1 || eventBurst < 1) {
            throw new IllegalArgumentException("coup.signaling.worker-threads, max-pending-events, events-per-second "
                    + "and event-burst must be at least 1");
        }
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        requirePositive("ping-interval", pingInterval);
        requirePositive("ping-timeout", pingTimeout);
        if (reconnectGrace == null || reconnectGrace.isNegative()) {
            throw new IllegalArgumentException("coup.signaling.reconnect-grace must not be negative");
        }
        if (maxFramePayloadLength == null || maxFramePayloadLength.toBytes() < 1024
                || maxHttpContentLength == null || maxHttpContentLength.toBytes() < 1024) {
            throw new IllegalArgumentException("coup.signaling max sizes must be at least 1KB");
        }
        if (maxFrameReadLength == null || maxFrameReadLength.toBytes() < maxFramePayloadLength.toBytes()
                || maxFrameReadLength.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("coup.signaling.max-frame-read-length must be at least "
                    + "max-frame-payload-length (and below 2GB)");
        }
        // A relay of one full frame must fit, or every large offer would cut its target off.
        if (maxPendingOutput == null || maxPendingOutput.toBytes() < 2 * maxFramePayloadLength.toBytes()
                || maxPendingOutput.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("coup.signaling.max-pending-output must be at least twice "
                    + "max-frame-payload-length (and below 2GB)");
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("coup.signaling." + key + " must be positive");
        }
    }
}
