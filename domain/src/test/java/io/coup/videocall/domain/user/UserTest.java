package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final UserId ID = UserId.of("kakao_42");

    @Test
    void the_display_name_is_the_profile_name() {
        assertThat(new User(ID, "Jiwoo", null).displayName()).isEqualTo("Jiwoo");
    }

    @Test
    void a_user_known_by_id_only_is_displayed_by_id() {
        assertThat(User.known(ID).displayName()).isEqualTo("kakao_42");
    }

    @Test
    void a_blank_name_falls_back_to_the_id() {
        assertThat(new User(ID, "  ", null).displayName()).isEqualTo("kakao_42");
    }

    @Test
    void an_overlong_name_from_a_token_is_cut_to_100_characters() {
        assertThat(new User(ID, "x".repeat(150), null).name()).hasSize(100);
    }

    @Test
    void an_overlong_avatar_url_is_rejected() {
        assertThatThrownBy(() -> new User(ID, "Jiwoo", "https://x/" + "a".repeat(2048)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_user_needs_an_id() {
        assertThatThrownBy(() -> new User(null, "Jiwoo", null)).isInstanceOf(NullPointerException.class);
    }
}
