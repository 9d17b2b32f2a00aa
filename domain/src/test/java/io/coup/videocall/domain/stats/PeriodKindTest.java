package io.coup.videocall.domain.stats;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodKindTest {

    @ParameterizedTest
    @CsvSource({"week, WEEK", "month, MONTH", "year, YEAR", "all, ALL"})
    void the_four_period_names_are_accepted(String value, PeriodKind expected) {
        assertThat(PeriodKind.parse(value, PeriodKind.WEEK)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void a_missing_period_means_the_default(String value) {
        assertThat(PeriodKind.parse(value, PeriodKind.WEEK)).isEqualTo(PeriodKind.WEEK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"day", "weekly", "7", "all-time"})
    void any_other_period_is_an_invalid_request_naming_the_period_field(String value) {
        assertThatThrownBy(() -> PeriodKind.parse(value, PeriodKind.WEEK))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.details().get("fields")).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("period");
                });
    }

    @Test
    void the_label_is_the_lower_case_name() {
        assertThat(PeriodKind.MONTH.label()).isEqualTo("month");
    }
}
