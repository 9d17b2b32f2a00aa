package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadsTest {

    private static void assertInvalid(String field, ThrowingCallable parse) {
        assertThatThrownBy(parse).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(((Map<?, ?>) d.details().get("fields")).keySet()).map(String::valueOf).contains(field);
                });
    }

    @Test
    void a_join_reads_study_room_and_optional_media_flags() {
        Payloads.JoinRoom join = Payloads.JoinRoom.from(Map.of("studyId", "algo", "roomId", "study-algo-1", "isMuted", true));

        assertThat(join.studyId().value()).isEqualTo("algo");
        assertThat(join.roomId().value()).isEqualTo("study-algo-1");
        assertThat(join.isMuted()).isTrue();
        assertThat(join.isVideoOff()).isFalse();
    }

    @Test
    void a_study_reference_names_a_valid_study_id() {
        assertThat(Payloads.StudyRef.from(Map.of("studyId", "algo")).studyId().value()).isEqualTo("algo");
        assertInvalid("studyId", () -> Payloads.StudyRef.from(Map.of()));
        assertInvalid("studyId", () -> Payloads.StudyRef.from(Map.of("studyId", "no spaces")));
        assertInvalid("payload", () -> Payloads.StudyRef.from("algo"));
    }

    @Test
    void a_payload_that_is_not_an_object_is_invalid() {
        assertInvalid("payload", () -> Payloads.JoinRoom.from(null));
        assertInvalid("payload", () -> Payloads.InRoom.from("room"));
        assertInvalid("payload", () -> Payloads.Toggle.from(List.of(), "isMuted"));
    }

    @Test
    void missing_blank_or_mistyped_fields_are_invalid_and_named() {
        assertInvalid("studyId", () -> Payloads.JoinRoom.from(Map.of("roomId", "r")));
        assertInvalid("studyId", () -> Payloads.JoinRoom.from(Map.of("studyId", 5, "roomId", "r")));
        assertInvalid("studyId", () -> Payloads.JoinRoom.from(Map.of("studyId", "no spaces", "roomId", "r")));
        assertInvalid("roomId", () -> Payloads.JoinRoom.from(Map.of("studyId", "s", "roomId", " ")));
        assertInvalid("isVideoOff", () -> Payloads.JoinRoom.from(Map.of("studyId", "s", "roomId", "r", "isVideoOff", "no")));
        assertInvalid("isMuted", () -> Payloads.Toggle.from(Map.of("roomId", "r"), "isMuted"));
        assertInvalid("isMuted", () -> Payloads.Toggle.from(Map.of("roomId", "r", "isMuted", 1), "isMuted"));
        assertInvalid("roomId", () -> Payloads.InRoom.from(Map.of("roomId", "x".repeat(201))));
    }

    @Test
    void a_relay_needs_a_socket_id_and_its_signal() {
        UUID to = UUID.randomUUID();
        Map<String, Object> offer = Map.of("type", "offer", "sdp", "v=0");

        Payloads.Relay relay = Payloads.Relay.from(Map.of("to", to.toString(), "offer", offer), "offer");

        assertThat(relay.to()).isEqualTo(to);
        assertThat(relay.signal()).isEqualTo(offer);
        assertInvalid("to", () -> Payloads.Relay.from(Map.of("to", "abc", "offer", offer), "offer"));
        assertInvalid("offer", () -> Payloads.Relay.from(Map.of("to", to.toString()), "offer"));
        assertInvalid("candidate", () -> Payloads.Relay.from(Map.of("to", to.toString(), "candidate", 3), "candidate"));
        Map<String, Object> nullSignal = new HashMap<>();
        nullSignal.put("to", to.toString());
        nullSignal.put("answer", null);
        assertInvalid("answer", () -> Payloads.Relay.from(nullSignal, "answer"));
    }
}
