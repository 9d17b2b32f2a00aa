package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentlySyncedUsersTest {

    private static final SyncUserCommand CAROL = new SyncUserCommand(UserId.of("carol"), "Carol", null);

    private final AtomicLong nanos = new AtomicLong();
    private final RecentlySyncedUsers synced = new RecentlySyncedUsers(Duration.ofSeconds(60), nanos::get);

    @Test
    void claims_are_trusted_until_the_interval_has_passed() {
        assertThat(synced.alreadySynced(CAROL)).isFalse();
        synced.remember(CAROL);
        nanos.addAndGet(Duration.ofSeconds(60).minusNanos(1).toNanos());
        assertThat(synced.alreadySynced(CAROL)).isTrue();

        nanos.incrementAndGet();

        assertThat(synced.alreadySynced(CAROL)).isFalse();
    }

    @Test
    void changed_claims_are_not_synced_yet() {
        synced.remember(CAROL);

        assertThat(synced.alreadySynced(new SyncUserCommand(UserId.of("carol"), "Carol Park", null))).isFalse();
        assertThat(synced.alreadySynced(new SyncUserCommand(UserId.of("carol"), "Carol", "https://img.example/c.png")))
                .isFalse();
    }

    @Test
    void an_interval_of_zero_trusts_nothing() {
        RecentlySyncedUsers never = new RecentlySyncedUsers(Duration.ZERO, nanos::get);
        never.remember(CAROL);

        assertThat(never.alreadySynced(CAROL)).isFalse();
    }

    @Test
    void a_negative_interval_is_refused() {
        assertThatThrownBy(() -> new RecentlySyncedUsers(Duration.ofSeconds(-1), nanos::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
