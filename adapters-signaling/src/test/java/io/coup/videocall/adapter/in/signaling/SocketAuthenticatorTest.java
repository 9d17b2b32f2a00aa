package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.out.signaling.RoomTickets;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class SocketAuthenticatorTest {

    private static final String TICKET_SECRET = "socket-authenticator-ticket-secret-0123456789";
    private static final SecretKey KEY = new SecretKeySpec(
            "socket-authenticator-test-secret-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private final SocketAuthenticator authenticator = new SocketAuthenticator(
            NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build());

    private static String token(UnaryOperator<JwtClaimsSet.Builder> claims) {
        JwtClaimsSet.Builder base = JwtClaimsSet.builder().issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        return NimbusJwtEncoder.withSecretKey(KEY).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.apply(base).build()))
                .getTokenValue();
    }

    @Test
    void a_valid_token_gives_the_user_from_its_claims() {
        String token = token(c -> c.subject("ann").claim("name", "Ann").claim("picture", "https://img/ann.png"));

        assertThat(authenticator.authenticate(Map.of("token", token)))
                .contains(new SocketUser("ann", "Ann", "https://img/ann.png"));
    }

    @Test
    void a_picture_that_is_no_http_url_is_not_handed_on() {
        String token = token(c -> c.subject("ann").claim("name", "Ann").claim("picture", "javascript:alert(1)"));

        assertThat(authenticator.authenticate(Map.of("token", token))).contains(new SocketUser("ann", "Ann", null));
    }

    @Test
    void preferred_username_stands_in_for_a_missing_name() {
        String token = token(c -> c.subject("bob").claim("preferred_username", "bobby"));

        assertThat(authenticator.authenticate(Map.of("token", token))).contains(new SocketUser("bob", "bobby", null));
    }

    @Test
    void the_identity_comes_only_from_the_token_never_from_auth_user_id() {
        String token = token(c -> c.subject("ann"));

        assertThat(authenticator.authenticate(Map.of("token", token, "userId", "mallory")).orElseThrow().id())
                .isEqualTo("ann");
        assertThat(authenticator.authenticate(Map.of("userId", "mallory"))).isEmpty();
    }

    @Test
    void anything_but_a_valid_token_is_refused() {
        String expired = token(c -> c.subject("ann").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));

        assertThat(authenticator.authenticate(null)).isEmpty();
        assertThat(authenticator.authenticate("a string")).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", 42))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", ""))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", "not.a.jwt"))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", expired))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", token(c -> c.claim("name", "No Subject"))))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", token(c -> c.subject("x".repeat(65)))))).isEmpty();
        assertThat(authenticator.authenticate(Map.of("token", "x".repeat(SocketAuthenticator.MAX_TOKEN_LENGTH + 1)))).isEmpty();
    }

    @Test
    void a_room_ticket_gives_its_user_bound_to_its_room() {
        RoomTickets tickets = new RoomTickets(TICKET_SECRET, Duration.ofMinutes(5), Clock.systemUTC());
        SocketAuthenticator withTickets = new SocketAuthenticator(
                NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build(), Optional.of(tickets));
        RoomTickets.Issued issued = tickets.issue(UserId.of("ann"), SessionId.of("s-1"), RoomId.of("study-a-1"), "Ann", null);

        SocketUser user = withTickets.authenticate(Map.of("token", issued.token())).orElseThrow();

        assertThat(user).isEqualTo(new SocketUser("ann", "Ann", null, issued.ticket()));
        assertThat(user.hasTicket()).isTrue();
        assertThat(withTickets.authenticate(Map.of("token", token(c -> c.subject("bob")))).orElseThrow().hasTicket())
                .isFalse();
    }

    @Test
    void without_the_mesh_provider_a_room_ticket_is_refused() {
        RoomTickets tickets = new RoomTickets(TICKET_SECRET, Duration.ofMinutes(5), Clock.systemUTC());
        String ticket = tickets.issue(UserId.of("ann"), SessionId.of("s-1"), RoomId.of("study-a-1"), null, null).token();

        assertThat(authenticator.authenticate(Map.of("token", ticket))).isEmpty();
    }
}
