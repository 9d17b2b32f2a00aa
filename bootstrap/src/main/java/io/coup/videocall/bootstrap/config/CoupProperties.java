package io.coup.videocall.bootstrap.config;

import io.coup.videocall.domain.call.MediaProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * Everything an operator configures, under {@code coup.*}. Documented in docs/configuration.md; every value has a
 * default that suits the embedded single-machine setup except the JWT settings, which a deployment must give.
 */
@Validated
@ConfigurationProperties("coup")
public record CoupProperties(@Valid @NotNull @DefaultValue Calls calls,
                             @Valid @NotNull @DefaultValue Media media,
                             @Valid @NotNull @DefaultValue Security security,
                             @Valid @NotNull @DefaultValue Http http) {

    /** @param maxParticipants people present at once in one call */
    public record Calls(@DefaultValue("10") @Min(1) @Max(1000) int maxParticipants) {
    }

    /** @param provider where new calls' media flows: {@code mesh} (peer to peer) or {@code openvidu} */
    public record Media(@DefaultValue("mesh") @NotNull MediaProvider provider) {
    }

    /**
     * @param devTokens whether {@code POST /api/dev/token} issues tokens to anyone (local development only)
     * @param devTokenTtl lifetime of a dev token
     * @param allowedOrigins browser origins allowed by CORS
     */
    public record Security(@Valid @NotNull @DefaultValue Jwt jwt,
                           @DefaultValue("false") boolean devTokens,
                           @DefaultValue("12h") Duration devTokenTtl,
                           @DefaultValue({"http://localhost:8080", "http://localhost:3000"}) List<String> allowedOrigins) {
    }

    /**
     * Exactly one way to validate tokens: an HS256 shared secret (embedded default, tests) or an identity
     * provider's issuer / JWK set (production, RS256/ES256).
     *
     * @param hs256Secret shared secret of at least 32 bytes
     * @param issuerUri OpenID issuer; its discovery document gives the keys, and {@code iss} must match it
     * @param jwkSetUri JWK set endpoint, when the provider has no discovery document
     * @param issuer required {@code iss} of tokens checked with the secret or the JWK set (optional)
     * @param audience required {@code aud} (optional)
     * @param clockSkew tolerance for {@code exp}/{@code nbf}
     */
    public record Jwt(String hs256Secret, String issuerUri, String jwkSetUri, String issuer, String audience,
                      @DefaultValue("30s") Duration clockSkew) {
    }

    /**
     * @param maxBodySize request bodies above this are refused with 413 PAYLOAD_TOO_LARGE
     * @param rateLimit per-user budget of call starts and joins
     */
    public record Http(@DefaultValue("64KB") DataSize maxBodySize,
                       @Valid @NotNull @DefaultValue RateLimit rateLimit) {
    }

    /**
     * Start and join share one budget per user, counted in each node's memory (429 RATE_LIMITED beyond it).
     *
     * @param callsPerMinute sustained rate at which the budget refills
     * @param burst how many calls may come at once
     */
    public record RateLimit(@DefaultValue("30") @Min(1) int callsPerMinute,
                            @DefaultValue("10") @Min(1) int burst) {
    }
}
