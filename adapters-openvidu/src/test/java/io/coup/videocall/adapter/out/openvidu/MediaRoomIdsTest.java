package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.domain.call.SessionId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaRoomIdsTest {

    @Test
    void a_call_id_openvidu_accepts_is_the_session_id_itself() {
        assertThat(MediaRoomIds.of(SessionId.of("3f1c2a9e-7b4d-4c1e-9a55-0d2b6f8e1a77")))
                .isEqualTo("3f1c2a9e-7b4d-4c1e-9a55-0d2b6f8e1a77");
    }

    @Test
    void a_call_id_with_other_characters_maps_to_a_stable_valid_id() {
        String mapped = MediaRoomIds.of(SessionId.of("study:42/call 7"));

        assertThat(mapped).matches("[a-zA-Z0-9_-]+").startsWith("coup-").hasSize(37);
        assertThat(MediaRoomIds.of(SessionId.of("study:42/call 7"))).isEqualTo(mapped);
        assertThat(MediaRoomIds.of(SessionId.of("study:42/call 8"))).isNotEqualTo(mapped);
    }
}
