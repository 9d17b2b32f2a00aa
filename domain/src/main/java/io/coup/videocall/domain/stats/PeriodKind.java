package io.coup.videocall.domain.stats;

import io.coup.videocall.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The reporting windows of the statistics: the last 7, 30 or 365 days, or everything. */
public enum PeriodKind {
    WEEK(7), MONTH(30), YEAR(365), ALL(0);

    private final int days;

    PeriodKind(int days) {
        this.days = days;
    }

    int days() {
        return days;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodKind parse(String value, PeriodKind fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Arrays.stream(values()).filter(k -> k.label().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException("period", "must be one of "
                        + Arrays.stream(values()).map(PeriodKind::label).collect(Collectors.joining(", "))));
    }
}
