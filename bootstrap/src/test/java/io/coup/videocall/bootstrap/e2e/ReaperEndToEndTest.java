package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.application.port.in.liveness.ReapStaleParticipantsUseCase;
import io.coup.videocall.application.port.in.liveness.RecordHeartbeatUseCase;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6.3 inside one running service: the heartbeat keeps participants with a live socket from ever being reaped,
 * however long the call lasts; a REST-only participant is reaped after {@code coup.calls.unconnected-stale-after}
 * at the instant they joined. (The crash itself is {@link CrashRecoveryTest}.) The reaper is called here instead of
 * scheduled, so it runs exactly when the test says.
 */
class ReaperEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    @Autowired
    private RecordHeartbeatUseCase heartbeat;

    @Autowired
    private ReapStaleParticipantsUseCase reaper;

    @Test
    void connected_people_outlive_any_stale_time_while_a_rest_only_person_is_reaped_at_the_join() {
        Person ann = Steps.person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        Map<String, Object> join = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
        for (Person p : new Person[] {ann, bob}) {
            sockets.connected(p.id(), p.token());
            assertThat(sockets.emitAndAck(p.id(), "video:join-room", join, "join").get("ok").asBoolean()).isTrue();
        }
        Instant carolJoined = CLOCK.instant();
        steps.join(study, sessionId, carol);

        for (int hour = 0; hour < 13; hour++) {   // 13 hours of the service's clock, a heartbeat every minute
            for (int minute = 0; minute < 60; minute += 20) {
                CLOCK.advanceSeconds(20 * 60);
                assertThat(heartbeat.recordHeartbeat()).as("Ann and Bob, on this node").isGreaterThanOrEqualTo(2);
                reaper.reapStale();
            }
        }

        JsonNode detail = steps.detail(study, sessionId, ann);
        assertThat(detail.get("endedAt").isNull()).as("the call goes on").isTrue();
        for (Person p : new Person[] {ann, bob}) {
            JsonNode present = find(detail.get("participants"), "userId", p.id());
            assertThat(present.get("leftAt").isNull()).as("%s is still in", p.id()).isTrue();
            assertThat(present.get("segments").size()).isEqualTo(1);
        }
        JsonNode reaped = find(detail.get("participants"), "userId", carol.id());
        assertThat(reaped.get("segments").size()).isEqualTo(1);
        assertThat(reaped.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("REAPED");
        Api.assertInstant(reaped.get("segments").get(0).get("leftAt"), carolJoined);
        assertThat(reaped.get("duration").longValue()).as("last seen when she joined").isZero();
    }
}
