package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.adapter.in.rest.media.MediaClientSettings;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.adapter.in.rest.call.CallRestMapperImpl;
import io.coup.videocall.adapter.in.rest.dev.DevTokenIssuer;
import io.coup.videocall.adapter.in.rest.dev.IssuedToken;
import io.coup.videocall.adapter.in.rest.error.ApiAccessDeniedHandler;
import io.coup.videocall.adapter.in.rest.error.ApiAuthenticationEntryPoint;
import io.coup.videocall.adapter.in.rest.error.ApiErrorWriter;
import io.coup.videocall.adapter.in.rest.error.RequestSizeLimitFilter;
import io.coup.videocall.adapter.in.rest.ratelimit.InMemoryUserRateLimiter;
import io.coup.videocall.adapter.in.rest.ratelimit.ManualTime;
import io.coup.videocall.adapter.in.rest.ratelimit.UserRateLimiter;
import io.coup.videocall.adapter.in.rest.signaling.FakeSignalingStatus;
import io.coup.videocall.adapter.in.rest.stats.StatsRestMapperImpl;
import io.coup.videocall.adapter.in.rest.study.StudyRestMapperImpl;
import io.coup.videocall.adapter.in.rest.user.UserRestMapperImpl;
import io.coup.videocall.adapter.in.rest.user.RecentlySyncedUsers;
import io.coup.videocall.adapter.in.rest.user.UserSyncFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the bootstrap will wire, in miniature: the adapter's plain components, a stateless bearer-JWT chain with the
 * adapter's entry point, access-denied handler and both filters, a fake behind every use case, and a token
 * decoder where the token text is the subject ({@code Bearer alice} is alice).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({ApiErrorWriter.class, UserRestMapperImpl.class, StudyRestMapperImpl.class, CallRestMapperImpl.class,
        StatsRestMapperImpl.class, FakeSignalingStatus.class})
public class RestTestWiring {

    /** Decodes to a token whose subject is 65 characters: a valid signature, an impossible user id. */
    public static final String TOO_LONG_SUBJECT = "too-long-subject";
    /** Decodes to a token whose subject is blank. */
    public static final String BLANK_SUBJECT = "blank-subject";
    /** Rejected by the decoder, like an expired or badly signed token. */
    public static final String INVALID = "invalid";
    /** A token with {@code preferred_username} and no {@code name}. */
    public static final String NAMELESS = "nameless";

    /** Start/join calls one user may make at once in the slice; one more every 10 s of {@link ManualTime}. */
    public static final int RATE_LIMIT_BURST = 5;

    /** How long the slice trusts claims it synced: {@link ManualTime} makes it exact. */
    public static final Duration USER_SYNC_INTERVAL = Duration.ofSeconds(60);

    /** The slice's monotonic time, for the rate limits and the synced claims alike. */
    @Bean
    ManualTime manualTime() {
        return new ManualTime();
    }

    @Bean
    UserRateLimiter userRateLimiter(ManualTime manualTime) {
        return new InMemoryUserRateLimiter(6, RATE_LIMIT_BURST, manualTime);
    }

    @Bean
    FakeUseCases fakeUseCases() {
        return new FakeUseCases();
    }

    /** The advanced API's client settings, with no public URL configured: they are derived from the request. */
    @Bean
    MediaClientSettings mediaClientSettings() {
        return new MediaClientSettings(MediaProvider.MESH, null, null, 9092, "/coup", null,
                List.of(new MediaClientSettings.IceServer(List.of("stun:stun.example:3478"), null, null),
                        new MediaClientSettings.IceServer(List.of("turn:turn.example:3478"), "u", "p")),
                new MediaClientSettings.VideoConfig("640x480", 30, true, true), List.of("Chrome", "Firefox"),
                new MediaClientSettings.Features(true, true, false, false), 10, 600L, 60);
    }

    @Bean
    DevTokenIssuer devTokenIssuer() {
        return (userId, name, avatar) -> new IssuedToken("token-for-" + userId, Instant.parse("2025-11-19T11:30:00Z"));
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return token -> {
            if (INVALID.equals(token)) {
                throw new BadJwtException("Jwt expired");
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "HS256")
                    .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(600));
            if (TOO_LONG_SUBJECT.equals(token)) {
                return jwt.subject("x".repeat(65)).build();
            }
            if (BLANK_SUBJECT.equals(token)) {
                return jwt.subject(" ").build();
            }
            if (NAMELESS.equals(token)) {
                return jwt.subject(token).claim("preferred_username", "nick").build();
            }
            return jwt.subject(token).claim("name", "Name of " + token)
                    .claim("picture", "https://img.example/" + token + ".png").build();
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiErrorWriter errors, FakeUseCases useCases, ManualTime manualTime)
            throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(errors);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/dev/token").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()).authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ApiAccessDeniedHandler(errors)))
                .addFilterBefore(new RequestSizeLimitFilter(errors), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new UserSyncFilter(useCases,
                        new RecentlySyncedUsers(USER_SYNC_INTERVAL, manualTime::currentTimeNanos), errors), BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
