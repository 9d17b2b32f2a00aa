package io.coup.videocall.bootstrap.security;

import io.coup.videocall.adapter.in.rest.dev.DevTokenIssuer;
import io.coup.videocall.adapter.in.rest.dev.IssuedToken;
import io.coup.videocall.bootstrap.config.CoupProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Signs development tokens with the configured HS256 secret, so they pass the same decoder as real ones. Exists
 * only with {@code coup.security.dev-tokens=true}, which needs the secret: an identity provider's keys cannot
 * be used to mint tokens here.
 */
@Component
@ConditionalOnProperty(name = "coup.security.dev-tokens", havingValue = "true")
class HmacDevTokenIssuer implements DevTokenIssuer {

    private final NimbusJwtEncoder encoder;
    private final CoupProperties.Security security;
    private final Clock clock;

    HmacDevTokenIssuer(CoupProperties properties, Clock clock) {
        this.security = properties.security();
        if (security.jwt().hs256Secret() == null || security.jwt().hs256Secret().isBlank()) {
            throw new IllegalStateException("coup.security.dev-tokens=true needs coup.security.jwt.hs256-secret.");
        }
        this.encoder = NimbusJwtEncoder.withSecretKey(TokenDecoding.hs256Key(security.jwt().hs256Secret())).build();
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(String userId, String name, String avatar) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(security.devTokenTtl());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(userId)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .claim("name", name);
        if (avatar != null) {
            claims.claim("picture", avatar);
        }
        if (security.jwt().issuer() != null && !security.jwt().issuer().isBlank()) {
            claims.issuer(security.jwt().issuer());
        }
        if (security.jwt().audience() != null && !security.jwt().audience().isBlank()) {
            claims.audience(List.of(security.jwt().audience()));
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new IssuedToken(token, expiresAt);
    }
}
