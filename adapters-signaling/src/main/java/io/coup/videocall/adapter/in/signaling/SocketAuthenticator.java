package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import io.coup.videocall.adapter.out.signaling.RoomTicket;
import io.coup.videocall.adapter.out.signaling.RoomTickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a handshake's {@code auth} payload into a user: {@code auth.token} must be a platform JWT that the shared
 * {@link JwtDecoder} accepts (same rules as REST) and whose subject is a valid user id (REST answers 401 otherwise),
 * or, with the mesh provider, a room ticket that {@link RoomTickets} accepts (its own secret and audience: neither
 * kind passes for the other). Anything else yields nothing.
 */
public class SocketAuthenticator {

    /** A JWT is far below this; a larger "token" is not decoded at all. */
    static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SocketAuthenticator.class);

    private final JwtDecoder decoder;
    private final Optional<RoomTickets> tickets;

    /** Platform JWTs only (no mesh provider). */
    public SocketAuthenticator(JwtDecoder decoder) {
        this(decoder, Optional.empty());
    }

    public SocketAuthenticator(JwtDecoder decoder, Optional<RoomTickets> tickets) {
        this.decoder = decoder;
        this.tickets = tickets;
    }

    public Optional<SocketUser> authenticate(Object authData) {
        if (!(authData instanceof Map<?, ?> auth) || !(auth.get("token") instanceof String token)
                || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<RoomTicket> ticket = tickets.flatMap(t -> t.verify(token));
        if (ticket.isPresent()) {
            return ticket.map(SocketUser::of);
        }
        try {
            Jwt jwt = decoder.decode(token);
            UserId subject = UserId.of(jwt.getSubject());
            String name = jwt.getClaimAsString("name");
            if (name == null || name.isBlank()) {
                name = jwt.getClaimAsString("preferred_username");
            }
            // As the user sync does: a picture the user model would refuse is never handed to the others.
            return Optional.of(new SocketUser(subject.value(), name, User.avatarOrNull(jwt.getClaimAsString("picture"))));
        } catch (JwtException | InvalidValueException e) {
            log.debug("Socket handshake refused: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
