package io.coup.videocall.adapter.in.rest.dev;

/** Signs a platform token for development; implemented by the bootstrap with the HS256 key. */
public interface DevTokenIssuer {

    /** @param avatar may be null */
    IssuedToken issue(String userId, String name, String avatar);
}
