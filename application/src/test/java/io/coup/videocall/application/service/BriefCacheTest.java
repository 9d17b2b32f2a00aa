package io.coup.videocall.application.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefCacheTest {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final BriefCache<String, String> cache = new BriefCache<>(Duration.ofMillis(500), nanos::get, "the ttl");

    private void advanceMillis(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void a_value_is_kept_until_its_ttl_has_passed() {
        cache.put("a", "1");
        advanceMillis(499);
        assertThat(cache.get("a")).contains("1");

        advanceMillis(1);
        assertThat(cache.get("a")).isEmpty();
    }

    @Test
    void a_put_keeps_the_cached_value_when_asked_to_while_it_is_fresh() {
        cache.put("a", "newer");
        cache.putUnless("a", "older", cached -> cached.equals("newer"));
        assertThat(cache.get("a")).contains("newer");

        advanceMillis(500);
        cache.putUnless("a", "older", cached -> cached.equals("newer"));
        assertThat(cache.get("a")).as("an expired value is never kept").contains("older");

        cache.putUnless("a", "other", cached -> false);
        assertThat(cache.get("a")).contains("other");
    }

    @Test
    void a_removed_value_is_gone() {
        cache.put("a", "1");
        cache.remove("a");

        assertThat(cache.get("a")).isEmpty();
    }

    @Test
    void expired_entries_are_swept_by_a_put_once_a_ttl_has_passed_since_the_last_sweep() {
        for (int i = 0; i < 100; i++) {
            cache.put("k" + i, "v");
        }
        advanceMillis(499);
        cache.put("fresh", "v");
        assertThat(cache.size()).isEqualTo(101);

        advanceMillis(1);
        cache.put("later", "v");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("fresh")).contains("v");
        assertThat(cache.get("later")).contains("v");
    }

    @Test
    void a_ttl_of_zero_keeps_nothing() {
        BriefCache<String, String> none = new BriefCache<>(Duration.ZERO, nanos::get, "the ttl");
        none.put("a", "1");

        assertThat(none.get("a")).isEmpty();
        assertThat(none.size()).isZero();
    }

    @Test
    void a_ttl_out_of_range_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> new BriefCache<String, String>(Duration.ofMillis(1001), nanos::get, "the ttl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ttl must be between 0 and 1s, not PT1.001S");
        assertThatThrownBy(() -> new BriefCache<String, String>(Duration.ofMillis(-1), nanos::get, "the ttl"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
