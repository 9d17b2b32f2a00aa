package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomIdTest {

    @Test
    void a_session_room_is_named_after_study_and_session() {
        assertThat(RoomId.forSession(StudyId.of("s1"), SessionId.of("abc")).value()).isEqualTo("study-s1-abc");
    }

    @Test
    void the_longest_study_and_session_ids_still_make_a_valid_room() {
        RoomId room = RoomId.forSession(StudyId.of("s".repeat(64)), SessionId.of("x".repeat(64)));

        assertThat(room.value()).hasSize(6 + 64 + 1 + 64);
    }

    @Test
    void a_blank_room_id_is_rejected() {
        assertThatThrownBy(() -> RoomId.of(" ")).isInstanceOf(InvalidValueException.class);
    }
}
