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
    void a_room_names_its_session_within_its_study() {
        StudyId study = StudyId.of("algo-club");
        SessionId session = SessionId.of("5f0c-22");

        assertThat(RoomId.forSession(study, session).sessionIn(study)).contains(session);
    }

    @Test
    void a_room_of_another_study_or_not_named_after_a_session_names_none() {
        RoomId room = RoomId.forSession(StudyId.of("algo"), SessionId.of("abc"));

        assertThat(room.sessionIn(StudyId.of("algo-x"))).isEmpty();
        assertThat(room.sessionIn(StudyId.of("alg"))).isEmpty();
        assertThat(RoomId.of("study-algo-").sessionIn(StudyId.of("algo"))).isEmpty();
        assertThat(RoomId.of("study-algo-" + "x".repeat(65)).sessionIn(StudyId.of("algo"))).isEmpty();
        assertThat(RoomId.of("lobby").sessionIn(StudyId.of("algo"))).isEmpty();
    }

    @Test
    void a_blank_room_id_is_rejected() {
        assertThatThrownBy(() -> RoomId.of(" ")).isInstanceOf(InvalidValueException.class);
    }
}
