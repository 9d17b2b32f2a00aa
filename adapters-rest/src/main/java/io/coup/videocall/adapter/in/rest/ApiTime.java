package io.coup.videocall.adapter.in.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/** The API's one instant format: ISO-8601 in UTC with exactly three fraction digits, {@code 2025-11-19T10:30:00.000Z}. */
public final class ApiTime {

    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .appendInstant(3)
            .toFormatter(Locale.ROOT);

    private ApiTime() {
    }

    public static String format(Instant instant) {
        return INSTANT.format(instant);
    }
}
