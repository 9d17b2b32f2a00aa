package io.coup.videocall.adapter.in.signaling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The mesh provider's room tickets, under {@code coup.media.mesh.*} (read only with {@code coup.media.provider=mesh}).
 *
 * @param ticketSecret HS256 key of the tickets, at least 32 bytes, different from the platform JWT secret; required
 *                     (the embedded profile sets a development one)
 * @param ticketTtl how long a ticket may be used to open a socket; an open socket is not cut when it expires
 */
@ConfigurationProperties("coup.media.mesh")
public record MeshMediaProperties(String ticketSecret, @DefaultValue("10m") Duration ticketTtl) {
}
