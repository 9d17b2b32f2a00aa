package io.coup.videocall.domain.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A window of whole calendar days in a time zone, ending today: the last 7/30/365 days, or every day since the
 * first call. Instants map to days in that zone, so a call at 23:30 in Seoul counts for that Seoul day.
 */
public record ReportingPeriod(PeriodKind kind, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("firstDay must not be after lastDay");
        }
    }

    /**
     * @param firstActivity when the study's first call started, if any; only {@link PeriodKind#ALL} uses it
     */
    public static ReportingPeriod ending(Instant now, PeriodKind kind, ZoneId zone, Instant firstActivity) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first;
        if (kind == PeriodKind.ALL) {
            first = firstActivity == null ? today : LocalDate.ofInstant(firstActivity, zone);
            if (first.isAfter(today)) {
                first = today;
            }
        } else {
            first = today.minusDays(kind.days() - 1L);
        }
        return new ReportingPeriod(kind, zone, first, today);
    }

    /** Inclusive start: midnight of the first day in the zone. */
    public Instant from() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: midnight after the last day in the zone. */
    public Instant until() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Stream<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1));
    }
}
