package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserIdTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void a_blank_user_id_is_rejected(String value) {
        assertThatThrownBy(() -> UserId.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.details().get("fields")).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("userId");
                });
    }

    @Test
    void a_user_id_longer_than_64_characters_is_rejected() {
        assertThatThrownBy(() -> UserId.of("u".repeat(65))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_opaque_subject_up_to_64_characters_is_accepted() {
        assertThat(UserId.of("u".repeat(64)).value()).hasSize(64);
        assertThat(UserId.of("auth0|5f7c8ec7c33c6c004bbafe82").value()).isEqualTo("auth0|5f7c8ec7c33c6c004bbafe82");
    }

    @Test
    void user_ids_order_by_their_value() {
        assertThat(UserId.of("alice")).isLessThan(UserId.of("bob"));
    }
}
