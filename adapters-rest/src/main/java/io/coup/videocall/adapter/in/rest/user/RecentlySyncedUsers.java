package io.coup.videocall.adapter.in.rest.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.domain.user.UserId;

import java.time.Duration;

/**
 * The claims this node last synced for each user, trusted for {@code trustFor}: while a user's requests carry the
 * same claims, {@link UserSyncFilter} does not sync again, which spares a database read on nearly every request.
 * A user holding two tokens with different claims at once, used on two nodes, may see the other token's profile for
 * up to {@code trustFor}. Bounded: the least recently used users are dropped first.
 */
public final class RecentlySyncedUsers {

    static final int MAX_USERS = 100_000;

    private final Cache<UserId, SyncUserCommand> synced;

    /**
     * @param trustFor 0 syncs on every request
     * @param ticker the system's monotonic clock, or a test's own
     */
    public RecentlySyncedUsers(Duration trustFor, Ticker ticker) {
        if (trustFor == null || trustFor.isNegative()) {
            throw new IllegalArgumentException("trustFor must not be negative");
        }
        this.synced = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(trustFor)
                .maximumSize(trustFor.isZero() ? 0 : MAX_USERS)
                .build();
    }

    boolean alreadySynced(SyncUserCommand claims) {
        return claims.equals(synced.getIfPresent(claims.userId()));
    }

    void remember(SyncUserCommand claims) {
        synced.put(claims.userId(), claims);
    }
}
