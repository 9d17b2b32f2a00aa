package io.coup.videocall.adapter.in.rest.dev;

import java.time.Instant;

/** {@code {"token": "...", "expiresAt": "..."}} */
public record DevTokenResponse(String token, Instant expiresAt) {
}
