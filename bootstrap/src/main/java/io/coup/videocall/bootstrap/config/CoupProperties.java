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

    /**
     * @param maxParticipants people present at once in one call
     * @param heartbeatInterval how often each node marks the participants its sockets hold as seen (SPEC §6.3)
     * @param staleAfter someone a connection reported is gone after this long without a report; more than the
     *                   reaper interval plus two heartbeats, so neither a late heartbeat nor a database outage shorter
     *                   than a reaper interval (which a node may not notice) ever closes anyone connected
     * @param unconnectedStaleAfter someone no connection reported during their visit (REST only) is gone this long
     *                              after the visit began; also how long a call nobody is in stays open
     * @param reaperInterval how often the reaper runs (on one node at a time; also once at start-up)
     * @param reaperEnabled whether this node takes part in reaping (heartbeats are always sent)
     */
    public record Calls(@DefaultValue("10") @Min(1) @Max(1000) int maxParticipants,
                        @DefaultValue("30s") @NotNull Duration heartbeatInterval,
                        @DefaultValue("150s") @NotNull Duration staleAfter,
                        @DefaultValue("12h") @NotNull Duration unconnectedStaleAfter,
                        @DefaultValue("60s") @NotNull Duration reaperInterval,
                        @DefaultValue("true") boolean reaperEnabled) {

        public Calls {
            if (heartbeatInterval != null && staleAfter != null && reaperInterval != null
                    && staleAfter.compareTo(reaperInterval.plus(heartbeatInterval.multipliedBy(2))) <= 0) {
                throw new IllegalArgumentException("coup.calls.stale-after (" + staleAfter + ") must exceed "
                        + "coup.calls.reaper-interval (" + reaperInterval + ") plus two heartbeat intervals ("
                        + heartbeatInterval + ")");
            }
        }
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

    /** @param maxBodySize request bodies above this are refused with 413 PAYLOAD_TOO_LARGE */
    public record Http(@DefaultValue("64KB") DataSize maxBodySize) {
    }
}
