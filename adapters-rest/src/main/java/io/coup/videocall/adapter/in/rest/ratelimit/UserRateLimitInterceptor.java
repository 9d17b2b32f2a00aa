package io.coup.videocall.adapter.in.rest.ratelimit;

import io.coup.videocall.adapter.in.rest.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Charges calls to {@link RateLimitedPerUser} endpoints to the caller before the body is even read; over budget
 * it throws {@link RateLimitedException}, which the error advice writes like every other error.
 */
class UserRateLimitInterceptor implements HandlerInterceptor {

    private final UserRateLimiter limiter;

    UserRateLimitInterceptor(UserRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RateLimitedPerUser.class)) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            // Unauthenticated requests never reach a marked endpoint; the security chain refused them already.
            if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
                limiter.tryAcquire(Caller.of(jwt)).ifPresent(wait -> {
                    throw new RateLimitedException(wait);
                });
            }
        }
        return true;
    }
}
