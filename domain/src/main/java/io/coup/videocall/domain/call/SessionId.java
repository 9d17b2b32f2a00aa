package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.Ids;

import java.util.UUID;

public record SessionId(String value) {

    public SessionId {
        Ids.opaque("sessionId", value);
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
