package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.domain.user.UserId;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling: always the subject of the verified token, never anything the client sent. */
public final class Caller {

    private Caller() {
    }

    public static UserId of(Jwt jwt) {
        if (jwt == null) {
            throw new AuthenticationCredentialsNotFoundException("No authenticated token");
        }
        return UserId.of(jwt.getSubject());
    }
}
