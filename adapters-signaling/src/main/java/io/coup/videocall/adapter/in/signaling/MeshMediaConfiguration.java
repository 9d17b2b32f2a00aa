package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.out.signaling.MeshMediaProvider;
import io.coup.videocall.adapter.out.signaling.RoomTickets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * The mesh media provider (the default, {@code coup.media.provider=mesh}): room tickets signed with
 * {@code coup.media.mesh.ticket-secret}, accepted by the Socket.IO handshake, and the {@code MediaProviderPort} that
 * issues them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "coup.media", name = "provider", havingValue = "mesh", matchIfMissing = true)
@EnableConfigurationProperties(MeshMediaProperties.class)
public class MeshMediaConfiguration {

    static final String PLATFORM_SECRET = "coup.security.jwt.hs256-secret";

    /**
     * A ticket signed with the platform's secret would pass as a platform JWT wherever no audience is required, so
     * the two secrets must differ.
     */
    @Bean
    RoomTickets roomTickets(MeshMediaProperties properties, Environment environment, Clock clock,
                            SocketCommands commands) {
        String secret = properties.ticketSecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("coup.media.provider=mesh needs coup.media.mesh.ticket-secret "
                    + "(at least 32 bytes; env COUP_MEDIA_MESH_TICKET_SECRET).");
        }
        if (secret.equals(environment.getProperty(PLATFORM_SECRET))) {
            throw new IllegalStateException("coup.media.mesh.ticket-secret must differ from " + PLATFORM_SECRET + ".");
        }
        RoomTickets tickets = new RoomTickets(secret, properties.ticketTtl(), clock);
        // A connection cut on any node voids its ticket on every node, so it cannot open a socket elsewhere.
        commands.subscribe(command -> {
            if (command instanceof SocketCommand.Disconnect cut) {
                tickets.revoke(cut.connectionId());
            }
        });
        return tickets;
    }

    @Bean
    MeshMediaProvider meshMediaProvider(RoomTickets tickets, NamespaceRooms rooms) {
        return new MeshMediaProvider(tickets, rooms);
    }
}
