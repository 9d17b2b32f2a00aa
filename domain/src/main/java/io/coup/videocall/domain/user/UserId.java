package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.Ids;

/** The identity provider's subject ({@code sub}), opaque to us. */
public record UserId(String value) implements Comparable<UserId> {

    public UserId {
        Ids.opaque("userId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
