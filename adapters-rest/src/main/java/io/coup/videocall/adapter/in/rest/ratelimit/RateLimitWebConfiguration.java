package io.coup.videocall.adapter.in.rest.ratelimit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the per-user rate limit in front of the {@link RateLimitedPerUser} endpoints; the limiter is the bootstrap's. */
@Configuration(proxyBeanMethods = false)
class RateLimitWebConfiguration implements WebMvcConfigurer {

    private final UserRateLimiter limiter;

    RateLimitWebConfiguration(UserRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UserRateLimitInterceptor(limiter));
    }
}
