package io.coup.videocall.adapter.in.rest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiJacksonModuleTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new ApiJacksonModule()).build();

    @Test
    void whole_seconds_keep_three_fraction_digits() {
        assertThat(mapper.writeValueAsString(Instant.parse("2025-11-19T10:30:00Z")))
                .isEqualTo("\"2025-11-19T10:30:00.000Z\"");
    }

    @Test
    void jacksons_default_would_drop_them() {
        assertThat(JsonMapper.builder().build().writeValueAsString(Instant.parse("2025-11-19T10:30:00Z")))
                .isNotEqualTo("\"2025-11-19T10:30:00.000Z\"");
    }

    @Test
    void finer_precision_is_cut_to_milliseconds_not_rounded() {
        assertThat(mapper.writeValueAsString(Instant.parse("2025-11-19T10:30:00.123999999Z")))
                .isEqualTo("\"2025-11-19T10:30:00.123Z\"");
        assertThat(mapper.writeValueAsString(Instant.parse("2025-11-19T10:30:00.5Z")))
                .isEqualTo("\"2025-11-19T10:30:00.500Z\"");
    }

    @Test
    void instants_are_written_in_utc_inside_objects_too() {
        assertThat(mapper.writeValueAsString(Map.of("at", Instant.EPOCH)))
                .isEqualTo("{\"at\":\"1970-01-01T00:00:00.000Z\"}");
    }

    @Test
    void dates_are_plain_iso_dates() {
        assertThat(mapper.writeValueAsString(LocalDate.of(2025, 11, 9))).isEqualTo("\"2025-11-09\"");
    }
}
