package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chat and presence payloads of SPEC §5.2. */
class ChatPayloadsTest {

    private static void assertInvalid(String field, ThrowingCallable parse) {
        assertThatThrownBy(parse).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(((Map<?, ?>) d.details().get("fields")).keySet()).map(String::valueOf).contains(field);
                });
    }

    @Test
    void a_study_message_is_trimmed_and_its_type_defaults_to_text() {
        Payloads.ChatMessage chat = Payloads.ChatMessage.from(Map.of("studyId", "algo", "message", "  hi there \n"));

        assertThat(chat.studyId().value()).isEqualTo("algo");
        assertThat(chat.message()).isEqualTo("hi there");
        assertThat(chat.type()).isEqualTo("text");
        assertThat(Payloads.ChatMessage.from(Map.of("studyId", "algo", "message", "x", "type", "image")).type())
                .isEqualTo("image");
        assertThat(Payloads.ChatMessage.from(Map.of("studyId", "algo", "message", "x", "type", "file")).type())
                .isEqualTo("file");
        Map<String, Object> nullType = new HashMap<>(Map.of("studyId", "algo", "message", "x"));
        nullType.put("type", null);
        assertThat(Payloads.ChatMessage.from(nullType).type()).isEqualTo("text");
    }

    @Test
    void a_message_has_1_to_2000_characters_after_trimming() {
        String longest = "가".repeat(2000);
        assertThat(Payloads.VideoMessage.from(Map.of("roomId", "r", "message", " " + longest + " ")).message())
                .isEqualTo(longest);
        assertInvalid("message", () -> Payloads.VideoMessage.from(Map.of("roomId", "r", "message", longest + "!")));
        assertInvalid("message", () -> Payloads.VideoMessage.from(Map.of("roomId", "r", "message", "   ")));
        assertInvalid("message", () -> Payloads.VideoMessage.from(Map.of("roomId", "r", "message", "")));
        assertInvalid("message", () -> Payloads.VideoMessage.from(Map.of("roomId", "r")));
        assertInvalid("message", () -> Payloads.VideoMessage.from(Map.of("roomId", "r", "message", 42)));
        assertInvalid("message", () -> Payloads.ChatMessage.from(Map.of("studyId", "s", "message", List.of("x"))));
        assertInvalid("roomId", () -> Payloads.VideoMessage.from(Map.of("message", "hi")));
    }

    @Test
    void study_chat_names_a_valid_study_and_a_known_type() {
        assertInvalid("studyId", () -> Payloads.ChatMessage.from(Map.of("message", "hi")));
        assertInvalid("studyId", () -> Payloads.ChatMessage.from(Map.of("studyId", "no spaces", "message", "hi")));
        assertInvalid("type", () -> Payloads.ChatMessage.from(Map.of("studyId", "s", "message", "hi", "type", "system")));
        assertInvalid("type", () -> Payloads.ChatMessage.from(Map.of("studyId", "s", "message", "hi", "type", "TEXT")));
        assertInvalid("type", () -> Payloads.ChatMessage.from(Map.of("studyId", "s", "message", "hi", "type", 1)));
    }

    @Test
    void typing_needs_a_study_and_a_boolean() {
        Payloads.Typing typing = Payloads.Typing.from(Map.of("studyId", "algo", "isTyping", true));
        assertThat(typing.studyId().value()).isEqualTo("algo");
        assertThat(typing.isTyping()).isTrue();
        assertInvalid("isTyping", () -> Payloads.Typing.from(Map.of("studyId", "algo")));
        assertInvalid("isTyping", () -> Payloads.Typing.from(Map.of("studyId", "algo", "isTyping", "true")));
        assertInvalid("studyId", () -> Payloads.Typing.from(Map.of("isTyping", false)));
    }

    @Test
    void a_status_is_online_away_or_busy() {
        assertThat(Payloads.StatusChange.from(Map.of("status", "away")).status()).isEqualTo("away");
        assertThat(Payloads.StatusChange.from(Map.of("status", "online")).status()).isEqualTo("online");
        assertThat(Payloads.StatusChange.from(Map.of("status", "busy")).status()).isEqualTo("busy");
        assertInvalid("status", () -> Payloads.StatusChange.from(Map.of("status", "invisible")));
        assertInvalid("status", () -> Payloads.StatusChange.from(Map.of()));
        assertInvalid("status", () -> Payloads.StatusChange.from(Map.of("status", true)));
        assertInvalid("payload", () -> Payloads.StatusChange.from("away"));
    }
}
