package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.adapter.out.persistence.RollupGrain.Range;
import io.coup.videocall.adapter.out.persistence.RollupGrain.Split;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

class RollupGrainTest {

    private static long epoch(String instant) {
        return at(instant).getEpochSecond();
    }

    @Test
    void a_period_on_the_grid_is_whole_buckets_only() {
        Split split = RollupGrain.UTC_DAY.split(at("2026-03-01T00:00:00Z"), at("2026-03-08T00:00:00Z"));
        assertThat(split).isEqualTo(new Split(epoch("2026-03-01T00:00:00Z"),
                epoch("2026-03-08T00:00:00Z"), List.of()));
    }

    @Test
    void uneven_ends_are_kept_apart_from_the_whole_buckets() {
        Instant from = at("2026-02-28T15:00:00Z");                            // midnight in Seoul
        Instant until = at("2026-03-07T15:00:00Z");
        Split split = RollupGrain.UTC_DAY.split(from, until);
        assertThat(split.wholeFrom()).isEqualTo(epoch("2026-03-01T00:00:00Z"));
        assertThat(split.wholeUntil()).isEqualTo(epoch("2026-03-07T00:00:00Z"));
        assertThat(split.uneven()).containsExactly(new Range(from, at("2026-03-01T00:00:00Z")),
                new Range(at("2026-03-07T00:00:00Z"), until));
        assertThat(RollupGrain.QUARTER_HOUR.split(from, until).uneven()).as("on the quarter-hour grid").isEmpty();
    }

    @Test
    void a_period_shorter_than_a_bucket_or_within_two_is_one_uneven_range() {
        Instant from = at("2026-03-01T10:00:00Z");
        Instant until = at("2026-03-02T10:00:00Z");
        Split split = RollupGrain.UTC_DAY.split(from, until);
        assertThat(split.hasWhole()).isFalse();
        assertThat(split.uneven()).containsExactly(new Range(from, until));
        assertThat(RollupGrain.UTC_DAY.split(from, from).uneven()).as("empty").isEmpty();
    }

    @Test
    void a_fraction_of_a_second_past_a_bucket_start_is_not_that_whole_bucket() {
        Instant from = at("2026-03-01T00:00:00Z").plusNanos(1);
        Split split = RollupGrain.QUARTER_HOUR.split(from, at("2026-03-01T01:00:00Z"));
        assertThat(split.wholeFrom()).isEqualTo(epoch("2026-03-01T00:15:00Z"));
        assertThat(split.uneven()).containsExactly(new Range(from, at("2026-03-01T00:15:00Z")));
    }

    @Test
    void buckets_before_1970_start_on_the_grid_too() {
        assertThat(RollupGrain.UTC_DAY.startOf(at("1969-12-31T23:00:00Z"))).isEqualTo(-86_400);
    }
}
