package io.coup.videocall.adapter.in.rest.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose calls spend the caller's {@link UserRateLimiter} budget (start and join: each creates
 * work and rows). All marked endpoints share one budget per user. Over budget: 429 {@code RATE_LIMITED} with
 * {@code Retry-After}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimitedPerUser {
}
