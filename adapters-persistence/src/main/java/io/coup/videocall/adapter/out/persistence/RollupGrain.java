package io.coup.videocall.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time grains of the statistics rollups (Flyway V6): buckets of a fixed number of seconds, aligned on the
 * epoch, so on UTC. A period is read as its whole buckets from a rollup and its uneven ends from the call rows.
 */
enum RollupGrain {

    QUARTER_HOUR(900),
    UTC_DAY(86_400);

    private final long seconds;

    RollupGrain(long seconds) {
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }

    /** Epoch second at which the bucket holding {@code instant} starts. */
    long startOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
    }

    /** [{@code from}, {@code until}) as the whole buckets inside it and the uneven ends around them. */
    Split split(Instant from, Instant until) {
        long firstWhole = startOf(from);
        if (!Instant.ofEpochSecond(firstWhole).equals(from)) {
            firstWhole += seconds;
        }
        long endWhole = startOf(until);
        List<Range> uneven = new ArrayList<>(2);
        if (firstWhole >= endWhole) {
            if (from.isBefore(until)) {
                uneven.add(new Range(from, until));
            }
            return new Split(0, 0, uneven);
        }
        Instant wholeFrom = Instant.ofEpochSecond(firstWhole);
        Instant wholeUntil = Instant.ofEpochSecond(endWhole);
        if (from.isBefore(wholeFrom)) {
            uneven.add(new Range(from, wholeFrom));
        }
        if (wholeUntil.isBefore(until)) {
            uneven.add(new Range(wholeUntil, until));
        }
        return new Split(firstWhole, endWhole, uneven);
    }

    /** @param from inclusive; @param until exclusive */
    record Range(Instant from, Instant until) {
    }

    /**
     * @param wholeFrom  epoch second of the first whole bucket (inclusive)
     * @param wholeUntil epoch second where the whole buckets stop (exclusive); equal to {@code wholeFrom} when none
     * @param uneven     the parts of the period outside whole buckets, at most two
     */
    record Split(long wholeFrom, long wholeUntil, List<Range> uneven) {

        boolean hasWhole() {
            return wholeFrom < wholeUntil;
        }
    }
}
