package io.coup.videocall.adapter.in.rest.dev;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
