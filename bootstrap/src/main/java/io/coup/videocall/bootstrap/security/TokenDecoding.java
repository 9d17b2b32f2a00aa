package io.coup.videocall.bootstrap.security;

import io.coup.videocall.bootstrap.config.CoupProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * Builds the one JWT decoder that REST and (later) the Socket.IO handshake share. A token is valid only when its
 * signature checks with the configured key (never {@code alg: none}, never an algorithm the key was not made
 * for), it is within {@code nbf..exp} (with a small skew), and its issuer and audience match when configured.
 */
public final class TokenDecoding {

    private static final int MIN_SECRET_BYTES = 32;

    private TokenDecoding() {
    }

    /** @param clock the service's clock, so that token lifetimes and everything else agree on what time it is */
    public static JwtDecoder decoder(CoupProperties.Jwt jwt, Clock clock) {
        NimbusJwtDecoder decoder = baseDecoder(jwt);
        decoder.setJwtValidator(validator(jwt, clock));
        return decoder;
    }

    private static NimbusJwtDecoder baseDecoder(CoupProperties.Jwt jwt) {
        int configured = (has(jwt.hs256Secret()) ? 1 : 0) + (has(jwt.issuerUri()) ? 1 : 0) + (has(jwt.jwkSetUri()) ? 1 : 0);
        if (configured != 1) {
            throw new IllegalStateException("Configure exactly one of coup.security.jwt.hs256-secret, "
                    + "coup.security.jwt.issuer-uri or coup.security.jwt.jwk-set-uri (found " + configured + ").");
        }
        if (has(jwt.hs256Secret())) {
            return NimbusJwtDecoder.withSecretKey(hs256Key(jwt.hs256Secret())).macAlgorithm(MacAlgorithm.HS256).build();
        }
        if (has(jwt.jwkSetUri())) {
            // Every asymmetric algorithm, not only the builder's default RS256: an ES256 provider must work too. The
            // key set decides which apply (a key verifies only the algorithms of its type); MACs are never accepted.
            return NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(EnumSet.allOf(SignatureAlgorithm.class))).build();
        }
        return (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(jwt.issuerUri());
    }

    public static SecretKey hs256Key(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("coup.security.jwt.hs256-secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (HS256 needs a 256-bit key); it has " + bytes.length + ".");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static OAuth2TokenValidator<Jwt> validator(CoupProperties.Jwt jwt, Clock clock) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(jwt.clockSkew());
        lifetime.setClock(clock);
        validators.add(lifetime);
        validators.add(new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
        String issuer = has(jwt.issuer()) ? jwt.issuer() : jwt.issuerUri();
        if (has(issuer)) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (has(jwt.audience())) {
            validators.add(new JwtClaimValidator<Collection<String>>("aud",
                    aud -> aud != null && aud.contains(jwt.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
