package io.coup.videocall.bootstrap.config;

import io.coup.videocall.domain.call.MediaProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
     * @param statusCacheMaxAge how long {@code GET …/status} may reuse a loaded call while it is unchanged, so how
     *                          old its profiles may be (0–1s; 0 = load every time; any change of the call is seen at once)
     */
    public record Calls(@DefaultValue("10") @Min(1) @Max(1000) int maxParticipants,
                        @DefaultValue("30s") @NotNull Duration heartbeatInterval,
                        @DefaultValue("150s") @NotNull Duration staleAfter,
                        @DefaultValue("12h") @NotNull Duration unconnectedStaleAfter,
                        @DefaultValue("60s") @NotNull Duration reaperInterval,
                        @DefaultValue("true") boolean reaperEnabled,
                        @DefaultValue("1s") @NotNull Duration statusCacheMaxAge) {

        public Calls {
            if (heartbeatInterval != null && staleAfter != null && reaperInterval != null
                    && staleAfter.compareTo(reaperInterval.plus(heartbeatInterval.multipliedBy(2))) <= 0) {
                throw new IllegalArgumentException("coup.calls.stale-after (" + staleAfter + ") must exceed "
                        + "coup.calls.reaper-interval (" + reaperInterval + ") plus two heartbeat intervals ("
                        + heartbeatInterval + ")");
            }
        }
    }

    /**
     * @param provider where new calls' media flows: {@code mesh} (peer to peer) or {@code openvidu}
     * @param statusCacheTtl how long an advanced-API status answer may be reused (at most 1s; 0 = never)
     * @param client what clients are told by the advanced API ({@code GET /config}, QuickJoinResponse)
     */
    public record Media(@DefaultValue("mesh") @NotNull MediaProvider provider,
                        @DefaultValue("1s") Duration statusCacheTtl,
                        @Valid @NotNull @DefaultValue Client client) {
    }

    /**
     * @param apiBaseUrl public base URL of this API; unset = derived from each request (and its forwarded headers)
     * @param webSocketUrl public Socket.IO URL with the namespace; unset = the request's scheme and host with
     *                     {@code coup.signaling.port} and {@code /coup}
     * @param openviduServerUrl the OpenVidu URL browsers connect to; unset = {@code coup.openvidu.url} (openvidu only)
     * @param iceServers WebRTC ICE servers handed to browsers; unset = one public STUN server
     * @param tokenRefreshMargin how long before a token's expiry clients should refresh it
     * @param supportedBrowsers shown to clients
     * @param features switches shown to clients
     * @param defaultVideo the publisher defaults shown to clients
     */
    public record Client(String apiBaseUrl, String webSocketUrl, String openviduServerUrl,
                         List<@Valid IceServer> iceServers,
                         @DefaultValue("60s") Duration tokenRefreshMargin,
                         @DefaultValue({"Chrome", "Firefox", "Safari", "Edge"}) List<String> supportedBrowsers,
                         @Valid @NotNull @DefaultValue Features features,
                         @Valid @NotNull @DefaultValue Video defaultVideo) {

        static final List<IceServer> DEFAULT_ICE_SERVERS =
                List.of(new IceServer(List.of("stun:stun.l.google.com:19302"), null, null));

        public Client {
            iceServers = iceServers == null || iceServers.isEmpty() ? DEFAULT_ICE_SERVERS : List.copyOf(iceServers);
        }
    }

    /** One ICE server: STUN ({@code stun:host:port}) or TURN with its credentials. */
    public record IceServer(@NotEmpty List<@NotBlank String> urls, String username, String credential) {
    }

    public record Features(@DefaultValue("true") boolean chatEnabled, @DefaultValue("true") boolean screenShareEnabled,
                           @DefaultValue("false") boolean recordingEnabled,
                           @DefaultValue("false") boolean virtualBackgroundEnabled) {
    }

    public record Video(@DefaultValue("640x480") @NotBlank String resolution, @DefaultValue("30") @Min(1) int frameRate,
                        @DefaultValue("true") boolean publishAudio, @DefaultValue("true") boolean publishVideo) {
    }

    /**
     * @param devTokens whether {@code POST /api/dev/token} issues tokens to anyone (local development only)
     * @param devTokenTtl lifetime of a dev token
     * @param allowedOrigins browser origins allowed by CORS
     * @param userSyncInterval how long a node skips syncing a user whose token claims it synced already (0 = every
     *                         request)
     */
    public record Security(@Valid @NotNull @DefaultValue Jwt jwt,
                           @DefaultValue("false") boolean devTokens,
                           @DefaultValue("12h") Duration devTokenTtl,
                           @DefaultValue({"http://localhost:8080", "http://localhost:3000"}) List<String> allowedOrigins,
                           @DefaultValue("60s") @NotNull Duration userSyncInterval) {
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
