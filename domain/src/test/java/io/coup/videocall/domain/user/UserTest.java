package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://x.example/a.png",
            "/avatars/a.png", "https:///no-host.png", "https://x.example/a b.png", ""})
    void an_avatar_that_is_not_an_absolute_http_url_is_rejected(String avatar) {
        assertThat(User.isAvatarUrl(avatar)).isFalse();
        assertThatThrownBy(() -> new User(ID, "Jiwoo", avatar)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://img.example/a.png", "HTTP://img.example:8080/a.png?size=64#x"})
    void an_http_or_https_avatar_url_is_kept(String avatar) {
        assertThat(User.isAvatarUrl(avatar)).isTrue();
        assertThat(new User(ID, "Jiwoo", avatar).avatar()).isEqualTo(avatar);
    }

    @Test
    void a_user_needs_an_id() {
        assertThatThrownBy(() -> new User(null, "Jiwoo", null)).isInstanceOf(NullPointerException.class);
    }
}
