package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenViduHealthIndicatorTest {

    private OpenViduEmulator openvidu;
    private OpenViduFixture node;

    @BeforeEach
    void start() {
        openvidu = OpenViduEmulator.start(OpenViduFixture.SECRET);
        node = new OpenViduFixture(openvidu);
    }

    @AfterEach
    void stop() {
        node.close();
        openvidu.close();
    }

    @Test
    void health_is_up_with_the_session_count_when_openvidu_answers() {
        SessionId session = SessionId.of("s1");
        node.media.openRoom(session, RoomId.forSession(StudyId.of("algo"), session));

        Health health = node.health.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("sessions", 1).containsEntry("url", openvidu.url());
    }

    @Test
    void health_is_down_when_openvidu_is_unreachable() {
        openvidu.goDown();

        Health health = node.health.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failure", "NOT_SENT");
    }

    @Test
    void health_is_down_when_openvidu_is_too_slow() {
        openvidu.respondSlowly(Duration.ofSeconds(1));

        Health health = node.health.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failure", "TIMED_OUT");
    }

    @Test
    void health_is_down_when_openvidu_fails_and_checks_only_once() {
        openvidu.failNext(1, 500);

        Health health = node.health.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failure", "SERVER_ERROR");
        assertThat(openvidu.requests()).hasSize(1);
        assertThat(node.health.health().getStatus()).as("up again at the next check").isEqualTo(Status.UP);
    }

    @Test
    void health_is_down_when_something_else_than_openvidu_answers() {
        openvidu.answerMalformed();

        assertThat(node.health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void health_is_down_when_openvidu_refuses_the_secret() {
        try (OpenViduFixture misconfigured = new OpenViduFixture(openvidu, "wrong-secret")) {
            Health health = misconfigured.health.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("failure", "UNAUTHORIZED");
            assertThat(health.getDetails().toString()).doesNotContain("wrong-secret");
        }
    }
}
