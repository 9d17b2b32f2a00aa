package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.InvalidValueException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "0", "algo-study_2025", "_-_"})
    void letters_digits_underscore_and_dash_are_accepted(String value) {
        assertThat(StudyId.of(value).value()).isEqualTo(value);
    }

    @Test
    void a_study_id_of_64_characters_is_accepted() {
        assertThat(StudyId.of("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void a_study_id_of_65_characters_is_rejected() {
        assertRejected("a".repeat(65));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "has space", " padded", "slash/ed", "dot.ted", "percent%20", "한글", "é", "tab\t", "line\n"})
    void any_other_character_is_rejected_naming_the_study_id_field(String value) {
        assertRejected(value);
    }

    private static void assertRejected(String value) {
        assertThatThrownBy(() -> StudyId.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.details()).containsOnlyKeys("fields");
                    assertThat(e.details().get("fields")).asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsOnlyKeys("studyId");
                });
    }
}
