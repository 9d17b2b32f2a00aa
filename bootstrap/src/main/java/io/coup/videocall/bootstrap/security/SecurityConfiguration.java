package io.coup.videocall.bootstrap.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.coup.videocall.adapter.in.rest.error.ApiAccessDeniedHandler;
import io.coup.videocall.adapter.in.rest.error.ApiAuthenticationEntryPoint;
import io.coup.videocall.adapter.in.rest.error.ApiErrorWriter;
import io.coup.videocall.adapter.in.rest.error.RequestSizeLimitFilter;
import io.coup.videocall.adapter.in.rest.ratelimit.InMemoryUserRateLimiter;
import io.coup.videocall.adapter.in.rest.ratelimit.UserRateLimiter;
import io.coup.videocall.adapter.in.rest.user.RecentlySyncedUsers;
import io.coup.videocall.adapter.in.rest.user.UserSyncFilter;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.coup.videocall.bootstrap.config.CoupProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Stateless bearer-token security: every API request carries a JWT; failures answer with the product's error
 * body. Authorization beyond "authenticated" (membership, moderator, self) is the application's job.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    JwtDecoder jwtDecoder(CoupProperties properties, Clock clock) {
        return TokenDecoding.decoder(properties.security().jwt(), clock);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiErrorWriter errors, SyncUserUseCase syncUser,
                            CoupProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = new ApiAuthenticationEntryPoint(errors);
        AccessDeniedHandler denied = new ApiAccessDeniedHandler(errors);
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        // Present only when coup.security.dev-tokens=true; otherwise this path answers 404.
                        .requestMatchers(HttpMethod.POST, "/api/dev/token").permitAll()
                        // OpenVidu authenticates with its shared header, checked by the controller (401 without).
                        // Present only with coup.media.provider=openvidu; otherwise this path answers 404.
                        .requestMatchers(HttpMethod.POST, "/api/openvidu/webhook").permitAll()
                        .requestMatchers("/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/signaling/health").permitAll()
                        .requestMatchers("/api/**", "/actuator/**", "/signaling/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterAfter(new UserSyncFilter(syncUser, new RecentlySyncedUsers(
                        properties.security().userSyncInterval(), Ticker.systemTicker()), errors),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Runs before everything else, so an oversized body is refused before any work is done on it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(CoupProperties properties, ApiErrorWriter errors) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(errors, properties.http().maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Counted in this node's memory; a budget shared by all nodes (Redis) is a later step. */
    @Bean
    UserRateLimiter userRateLimiter(CoupProperties properties) {
        CoupProperties.RateLimit limit = properties.http().rateLimit();
        return new InMemoryUserRateLimiter(limit.callsPerMinute(), limit.burst());
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CoupProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.security().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setExposedHeaders(List.of("Retry-After", "Content-Disposition"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
