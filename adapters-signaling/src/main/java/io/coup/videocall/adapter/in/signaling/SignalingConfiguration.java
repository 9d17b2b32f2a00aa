package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.store.RedissonStoreFactory;
import io.coup.videocall.adapter.out.signaling.RedisCallRooms;
import io.coup.videocall.adapter.out.signaling.RoomTickets;
import io.coup.videocall.adapter.out.signaling.SignalingPresenceRegistry;
import io.coup.videocall.adapter.out.signaling.SocketIoCallNotifier;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.call.JoinCallUseCase;
import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.RecordDisconnectUseCase;
import io.coup.videocall.application.port.in.call.SendCallMessageUseCase;
import io.coup.videocall.application.port.in.call.SwitchMediaUseCase;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.util.Optional;

/**
 * The Socket.IO signaling server (netty-socketio) on its own port, namespace {@code /coup}, websocket only, with
 * the hardening of SPEC §5.4: Origin allowlist at the handshake, server-chosen session ids, socket.io's heartbeat,
 * 64 KiB frames and bodies (uncompressed: no permessage-deflate), manual acks (a refused event is never
 * acknowledged as a success).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignalingProperties.class)
public class SignalingConfiguration {

    /**
     * Who is connected to which call room; also what {@code GET /status} reads as {@code onlineCount}. With
     * {@code coup.signaling.store=redis} (a Redisson client from {@link SignalingRedisConfiguration}) the cluster-wide
     * {@link RedisCallRooms}, closed (inferred {@code close}) before the client.
     */
    @Bean
    SignalingPresenceRegistry signalingPresenceRegistry(ObjectProvider<RedissonClient> redis,
                                                        ObjectProvider<SignalingRedisProperties> redisProperties) {
        RedissonClient client = redis.getIfAvailable();
        if (client == null) {
            return new SignalingPresenceRegistry();
        }
        SignalingRedisProperties settings = redisProperties.getObject();
        return new RedisCallRooms(client, settings.keyPrefix(), settings.entryTtl());
    }

    /** Who is online in which study: this node's sockets, or with the redis store every node's ({@link RedisStudyPresence}). */
    @Bean
    StudyPresence studyPresence(ObjectProvider<RedissonClient> redis,
                                ObjectProvider<SignalingRedisProperties> redisProperties) {
        RedissonClient client = redis.getIfAvailable();
        if (client == null) {
            return new StudyPresence();
        }
        SignalingRedisProperties settings = redisProperties.getObject();
        return new RedisStudyPresence(client, settings.keyPrefix(), settings.entryTtl());
    }

    @Bean
    ConnectedSockets connectedSockets() {
        return new ConnectedSockets();
    }

    /** Platform JWTs, and room tickets when the mesh provider is on. */
    @Bean
    SocketAuthenticator socketAuthenticator(JwtDecoder jwtDecoder, ObjectProvider<RoomTickets> tickets) {
        return new SocketAuthenticator(jwtDecoder, Optional.ofNullable(tickets.getIfAvailable()));
    }

    /**
     * SPEC §6.4: a drop is recorded only after {@code reconnect-grace}, unless the user is then back in the room on
     * any node (the presence registry is cluster-wide with Redis); pending ones are recorded on shutdown.
     */
    @Bean(destroyMethod = "shutdown")
    GraceOnDisconnect disconnectHandling(RecordDisconnectUseCase recordDisconnect, SignalingProperties properties,
                                         SignalingPresenceRegistry presence) {
        return GraceOnDisconnect.withExecutor(recordDisconnect, properties.reconnectGrace(), presence::connectedTo);
    }

    /** {@code ConnectedParticipantsPort}: whom this node's heartbeat reports as seen (SPEC §6.3). */
    @Bean
    ConnectedParticipantsHere connectedParticipantsHere(ConnectedSockets sockets, GraceOnDisconnect grace) {
        return new ConnectedParticipantsHere(sockets, grace);
    }

    /** What {@code GET /signaling/health} and {@code /signaling/metrics} read. */
    @Bean
    SignalingStats signalingStats(ConnectedSockets sockets) {
        return new SignalingStats(sockets);
    }

    /** Micrometer meters when a registry exists (the Actuator provides one), otherwise none. */
    @Bean
    SignalingMetrics signalingMetrics(ObjectProvider<MeterRegistry> registry, ConnectedSockets sockets) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? SignalingMetrics.none() : SignalingMetrics.of(meters, sockets);
    }

    @Bean(destroyMethod = "shutdown")
    SocketTasks socketTasks(SignalingProperties properties) {
        return new SocketTasks(properties.workerThreads(), properties.maxPendingEvents());
    }

    @Bean
    EventRateLimiter eventRateLimiter(SignalingProperties properties) {
        return new EventRateLimiter(properties.eventsPerSecond(), properties.eventBurst());
    }

    @Bean
    CallSignaling callSignaling(SocketAuthenticator authenticator, SyncUserUseCase syncUser, ConnectedSockets sockets,
                                SignalingPresenceRegistry presence, JoinCallUseCase joinCall,
                                LeaveCallUseCase leaveCall, SwitchMediaUseCase switchMedia,
                                DisconnectHandling disconnects, Clock clock, SocketTasks tasks,
                                EventRateLimiter rateLimiter) {
        return new CallSignaling(authenticator, syncUser, sockets, presence, joinCall, leaveCall,
                switchMedia, disconnects, clock, tasks, rateLimiter);
    }

    @Bean
    SocketIOServer socketIoServer(SignalingProperties properties, CallSignaling calls, SignalingMetrics metrics,
                                  ConnectedSockets sockets, ObjectProvider<RedissonClient> redis) {
        Configuration config = serverConfiguration(properties);
        config.setExceptionListener(new UnreadableFrames(sockets));
        RedissonClient client = redis.getIfAvailable();
        if (client != null) {
            config.setStoreFactory(new SharedClientStoreFactory(client));
        }
        SocketIOServer server = new SocketIOServer(config);
        server.setPipelineFactory(new GuardedChannels(new SlowConsumerGuard(metrics),
                Math.toIntExact(properties.maxPendingOutput().toBytes()),
                new OversizedFrames(sockets, Math.toIntExact(properties.maxFramePayloadLength().toBytes()))));
        calls.register(server.addNamespace(SignalingProperties.NAMESPACE), metrics);
        return server;
    }

    /**
     * The study room, presence and chat events (SPEC §5.2), on the same namespace and through the same event wrapper
     * as the call events; registered before the server starts (it starts once the context is ready).
     */
    @Bean
    StudySignaling studySignaling(SocketIOServer server, CallSignaling calls, ConnectedSockets sockets,
                                  StudyPresence presence, GetCallStatusUseCase callStatus,
                                  SendCallMessageUseCase sendCallMessage, Clock clock) {
        StudySignaling studies = new StudySignaling(sockets, presence, callStatus, sendCallMessage, clock);
        studies.register(server.getNamespace(SignalingProperties.NAMESPACE), calls);
        return studies;
    }

    /** How the notifier reaches the sockets; the server is looked up when a push leaves (it depends on the use cases). */
    @Bean
    NamespaceRooms socketRooms(ObjectProvider<SocketIOServer> server, ConnectedSockets sockets,
                               SignalingPresenceRegistry presence, SocketTasks tasks, SocketCommands commands,
                               ObjectProvider<StudySignaling> studies) {
        NamespaceRooms rooms = new NamespaceRooms(server, sockets, presence, tasks, commands, studies);
        commands.subscribe(rooms::carryOut);
        return rooms;
    }

    /**
     * How a kick, a cut connection, an ended call's tickets or an ended membership reach the sockets concerned: with
     * {@code coup.signaling.store=redis} a Redis topic every node listens to (closed, i.e. unsubscribed, before the
     * client), otherwise this node only.
     */
    @Bean
    SocketCommands socketCommands(ObjectProvider<RedissonClient> redis,
                                  ObjectProvider<SignalingRedisProperties> redisProperties) {
        RedissonClient client = redis.getIfAvailable();
        return client == null ? SocketCommands.local()
                : new RedisSocketCommands(client, redisProperties.getObject().keyPrefix());
    }

    /** {@code CallNotifierPort}: video:started/ended/force-mute/kicked and ended memberships, after the commit. */
    @Bean
    SocketIoCallNotifier callNotifier(NamespaceRooms rooms) {
        return new SocketIoCallNotifier(rooms);
    }

    @Bean
    SignalingServer signalingServer(SocketIOServer server, SignalingProperties properties) {
        return new SignalingServer(server, properties.port());
    }

    /** Rooms shared through Redis; the client is the Spring bean's, which closes it (not the server's stop). */
    private static final class SharedClientStoreFactory extends RedissonStoreFactory {

        SharedClientStoreFactory(RedissonClient client) {
            super(client);
        }

        @Override
        public void shutdown() {
            // the RedissonClient bean is shut down by the context, after everything that uses it
        }
    }

    static Configuration serverConfiguration(SignalingProperties properties) {
        Configuration config = new Configuration();
        config.setHostname(properties.hostname());
        config.setPort(properties.port());
        config.setContext(properties.path());
        config.setTransports(Transport.WEBSOCKET);
        config.setAuthorizationListener(new OriginPolicy(properties.allowedOrigins()));
        config.setRandomSession(true);
        config.setPingInterval(Math.toIntExact(properties.pingInterval().toMillis()));
        config.setPingTimeout(Math.toIntExact(properties.pingTimeout().toMillis()));
        // netty reads frames up to the read length; OversizedFrames answers those over the payload limit.
        config.setMaxFramePayloadLength(Math.toIntExact(properties.maxFrameReadLength().toBytes()));
        config.setMaxHttpContentLength(Math.toIntExact(properties.maxHttpContentLength().toBytes()));
        // permessage-deflate would apply the frame limit to the compressed bytes only: 64 KiB of compressed frame
        // may inflate to megabytes. Signaling messages are small; uncompressed, the limit bounds what is decoded.
        config.setWebsocketCompression(false);
        config.setJsonSupport(new NullKeepingJsonSupport());
        config.setAckMode(AckMode.MANUAL);
        config.setAddVersionHeader(false);
        config.setUseLinuxNativeEpoll(false);
        // netty-socketio turns SO_REUSEADDR off: a restarted node would then fail to bind while its old
        // connections sit in TIME_WAIT.
        config.getSocketConfig().setReuseAddress(true);
        return config;
    }
}
