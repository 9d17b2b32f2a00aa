package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed room tickets of the mesh provider: HS256 JWTs with {@code sub} (the user), {@code sid} (the call),
 * {@code room} (its signaling room), {@code exp}, a {@code jti} (the connection id) and the audience
 * {@value #AUDIENCE}, signed with a secret of their own ({@code coup.media.mesh.ticket-secret}) so that a ticket is
 * never accepted where a platform JWT is expected, nor the other way round. The Socket.IO handshake verifies them.
 * <p>
 * A revoked ticket (its connection was force-disconnected) is refused until it would have expired anyway. The list
 * of revoked tickets lives in each node's memory; a cut on any node revokes the ticket on all of them.
 */
public class RoomTickets {

    static final String AUDIENCE = "coup-room-ticket";
    static final int MIN_SECRET_BYTES = 32;
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    public RoomTickets(String secret, Duration ttl, Clock clock) {
        SecretKey key = key(secret);
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("coup.media.mesh.ticket-ttl must be positive");
        }
        this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(validator(clock));
        this.ttl = ttl;
        this.clock = clock;
    }

    private static SecretKey key(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("coup.media.mesh.ticket-secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (HS256 needs a 256-bit key)");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static OAuth2TokenValidator<Jwt> validator(Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                lifetime,
                new JwtClaimValidator<Instant>("exp", exp -> exp != null),
                new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE)),
                new JwtClaimValidator<String>("sub", RoomTickets::present),
                new JwtClaimValidator<String>("sid", RoomTickets::present),
                new JwtClaimValidator<String>("room", RoomTickets::present),
                new JwtClaimValidator<String>("jti", RoomTickets::present)));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** How long a ticket is accepted at the handshake. */
    public Duration ttl() {
        return ttl;
    }

    /** A new ticket (a new connection id) for one user and one call room; returns the ticket and its token. */
    public Issued issue(UserId user, SessionId sessionId, RoomId roomId, String name, String avatar) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // what the JWT can carry
        RoomTicket ticket = new RoomTicket(UUID.randomUUID().toString(), user, sessionId, roomId, name, avatar, now,
                now.plus(ttl));
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(ticket.id())
                .subject(user.value())
                .audience(List.of(AUDIENCE))
                .issuedAt(now)
                .expiresAt(ticket.expiresAt())
                .claim("sid", sessionId.value())
                .claim("room", roomId.value());
        if (name != null) {
            claims.claim("name", name);
        }
        if (avatar != null) {
            claims.claim("picture", avatar);
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new Issued(ticket, token);
    }

    /** The ticket, if {@code token} is one of ours, unexpired, untampered and not revoked. */
    public Optional<RoomTicket> verify(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            return Optional.empty();
        }
        if (revoked.containsKey(jwt.getId())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RoomTicket(jwt.getId(), UserId.of(jwt.getSubject()),
                    SessionId.of(jwt.getClaimAsString("sid")), RoomId.of(jwt.getClaimAsString("room")),
                    jwt.getClaimAsString("name"), jwt.getClaimAsString("picture"), jwt.getIssuedAt(),
                    jwt.getExpiresAt()));
        } catch (InvalidValueException e) {
            return Optional.empty(); // only a leaked secret could sign malformed ids; refuse them all the same
        }
    }

    /** From now on the ticket {@code id} is refused; remembered for as long as any ticket lives. */
    public void revoke(String id) {
        Instant now = clock.instant();
        revoked.values().removeIf(until -> until.isBefore(now));
        revoked.put(id, now.plus(ttl).plus(CLOCK_SKEW));
    }

    /** A ticket and the signed token the client presents. */
    public record Issued(RoomTicket ticket, String token) {
    }
}
