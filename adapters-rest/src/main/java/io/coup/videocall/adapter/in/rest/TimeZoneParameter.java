package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.domain.shared.InvalidValueException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The {@code tz} query parameter: an IANA zone ({@code Asia/Seoul}) or offset; UTC when absent. */
public final class TimeZoneParameter {

    public static final String NAME = "tz";
    public static final String PROBLEM = "must be a time zone such as UTC or Asia/Seoul";

    private TimeZoneParameter() {
    }

    public static ZoneId parse(String value) {
        if (value == null || value.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException(NAME, PROBLEM);
        }
    }
}
