package io.coup.videocall.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void an_invalid_value_carries_invalid_request_and_names_its_field() {
        InvalidValueException e = new InvalidValueException("limit", "must be at most 100");

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(e.details()).isEqualTo(Map.of("fields", Map.of("limit", "must be at most 100")));
        assertThat(e.getMessage()).isEqualTo("must be at most 100");
    }

    @Test
    void an_opaque_id_may_contain_any_characters() {
        assertThat(Ids.opaque("sub", "google-oauth2|1234 5")).isEqualTo("google-oauth2|1234 5");
    }

    @Test
    void a_slug_is_checked_for_length_before_shape() {
        assertThatThrownBy(() -> Ids.slug("studyId", "a".repeat(65)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.details()).isEqualTo(Map.of("fields", Map.of("studyId", "must be at most 64 characters"))));
    }
}
