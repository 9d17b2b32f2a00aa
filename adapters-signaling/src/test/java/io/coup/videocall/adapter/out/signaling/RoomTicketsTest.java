package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomTicketsTest {

    static final String SECRET = "room-tickets-test-secret-0123456789-abcdef";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UserId ANN = UserId.of("ann");
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final RoomId ROOM = RoomId.of("study-algo-abc123");

    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RoomTickets tickets = new RoomTickets(SECRET, Duration.ofMinutes(10), clock);

    @Test
    void an_issued_ticket_verifies_to_the_same_user_call_and_room() {
        RoomTickets.Issued issued = tickets.issue(ANN, SESSION, ROOM, "Ann", "https://img/ann.png");

        assertThat(issued.ticket().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(tickets.verify(issued.token())).contains(issued.ticket());
    }

    @Test
    void the_token_carries_sub_sid_room_exp_jti_and_its_own_audience() {
        RoomTickets.Issued issued = tickets.issue(ANN, SESSION, ROOM, null, null);
        NimbusJwtDecoder raw = NimbusJwtDecoder.withSecretKey(key(SECRET)).macAlgorithm(MacAlgorithm.HS256).build();
        raw.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());

        Jwt jwt = raw.decode(issued.token());

        assertThat(jwt.getSubject()).isEqualTo("ann");
        assertThat(jwt.getClaimAsString("sid")).isEqualTo("s-1");
        assertThat(jwt.getClaimAsString("room")).isEqualTo("study-algo-abc123");
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(jwt.getId()).isEqualTo(issued.ticket().id());
        assertThat(jwt.getAudience()).containsExactly(RoomTickets.AUDIENCE);
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
    }

    @Test
    void every_ticket_is_a_new_connection() {
        assertThat(tickets.issue(ANN, SESSION, ROOM, null, null).ticket().id())
                .isNotEqualTo(tickets.issue(ANN, SESSION, ROOM, null, null).ticket().id());
    }

    @Test
    void an_expired_ticket_is_refused() {
        String token = tickets.issue(ANN, SESSION, ROOM, null, null).token();

        now = NOW.plus(Duration.ofMinutes(10)).plusSeconds(6);

        assertThat(tickets.verify(token)).isEmpty();
    }

    @Test
    void a_tampered_ticket_is_refused() {
        String token = tickets.issue(ANN, SESSION, ROOM, null, null).token();
        String[] parts = token.split("\\.");
        String forgedClaims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("study-algo-abc123", "study-algo-zzz999");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forgedClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(tickets.verify(forged)).isEmpty();
    }

    @Test
    void a_ticket_signed_with_another_secret_is_refused() {
        RoomTickets other = new RoomTickets("another-secret-of-enough-length-0123456789", Duration.ofMinutes(10), clock);

        assertThat(tickets.verify(other.issue(ANN, SESSION, ROOM, null, null).token())).isEmpty();
    }

    @Test
    void a_jwt_without_the_ticket_audience_or_claims_is_not_a_ticket() {
        String platformLike = sign(c -> c.subject("ann").claim("sid", "s-1").claim("room", "study-algo-abc123").id("j"));
        String withoutRoom = sign(c -> c.subject("ann").claim("sid", "s-1").id("j").audience(List.of(RoomTickets.AUDIENCE)));
        String withoutExpiry = sign(c -> c.subject("ann").claim("sid", "s-1").claim("room", "r").id("j")
                .audience(List.of(RoomTickets.AUDIENCE)).claims(all -> all.remove("exp")));

        assertThat(tickets.verify(platformLike)).isEmpty();
        assertThat(tickets.verify(withoutRoom)).isEmpty();
        assertThat(tickets.verify(withoutExpiry)).isEmpty();
        assertThat(tickets.verify("not.a.jwt")).isEmpty();
    }

    @Test
    void a_revoked_ticket_is_refused_and_others_still_pass() {
        RoomTickets.Issued revoked = tickets.issue(ANN, SESSION, ROOM, null, null);
        RoomTickets.Issued kept = tickets.issue(ANN, SESSION, ROOM, null, null);

        tickets.revoke(revoked.ticket().id());

        assertThat(tickets.verify(revoked.token())).isEmpty();
        assertThat(tickets.verify(kept.token())).isPresent();
    }

    @Test
    void a_short_secret_or_a_non_positive_ttl_is_refused_at_start() {
        assertThatThrownBy(() -> new RoomTickets("too-short", Duration.ofMinutes(1), clock))
                .hasMessageContaining("coup.media.mesh.ticket-secret");
        assertThatThrownBy(() -> new RoomTickets(SECRET, Duration.ZERO, clock))
                .hasMessageContaining("coup.media.mesh.ticket-ttl");
    }

    private String sign(UnaryOperator<JwtClaimsSet.Builder> shape) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuedAt(NOW).expiresAt(NOW.plusSeconds(60));
        return NimbusJwtEncoder.withSecretKey(key(SECRET)).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), shape.apply(claims).build()))
                .getTokenValue();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
