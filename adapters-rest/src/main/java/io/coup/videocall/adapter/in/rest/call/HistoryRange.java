package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.TimeZoneParameter;
import io.coup.videocall.adapter.in.rest.error.InvalidRequestException;
import io.coup.videocall.domain.shared.InvalidValueException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code startDate}/{@code endDate} filter of the history, both inclusive. Each is a date ({@code 2025-11-19},
 * read as a calendar day in {@code tz}: from its first instant, or through its last) or an ISO-8601 date-time
 * ({@code 2025-11-19T10:30:00Z}, with an offset, or without one and then read in {@code tz}).
 *
 * @param from inclusive lower bound, or null
 * @param until exclusive upper bound, or null
 */
record HistoryRange(Instant from, Instant until) {

    static final String PROBLEM = "must be a date (2025-11-19) or an ISO-8601 instant (2025-11-19T10:30:00Z)";

    static HistoryRange parse(String startDate, String endDate, String tz) {
        Map<String, String> bad = new LinkedHashMap<>();
        ZoneId zone;
        try {
            zone = TimeZoneParameter.parse(tz);
        } catch (InvalidValueException e) {
            bad.put(TimeZoneParameter.NAME, TimeZoneParameter.PROBLEM);
            zone = ZoneOffset.UTC;
        }
        Instant from = null;
        Instant until = null;
        try {
            from = bound(startDate, zone, false);
        } catch (DateTimeException e) {
            bad.put("startDate", PROBLEM);
        }
        try {
            until = bound(endDate, zone, true);
        } catch (DateTimeException e) {
            bad.put("endDate", PROBLEM);
        }
        if (!bad.isEmpty()) {
            throw new InvalidRequestException(bad);
        }
        return new HistoryRange(from, until);
    }

    /** For the end bound, the first instant after the day or instant given (the query's bound is exclusive). */
    private static Instant bound(String value, ZoneId zone, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.contains("T")) {
            LocalDate day = LocalDate.parse(text);
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        }
        Instant instant = instant(text, zone);
        // Instants are stored and shown in milliseconds: "through t" means before the next millisecond.
        return end ? instant.truncatedTo(ChronoUnit.MILLIS).plusMillis(1) : instant;
    }

    private static Instant instant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }
}
