package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3 "only ACTIVE members may use anything of a study's calls", over REST and the official socket.io-client: a
 * member banned or removed while connected leaves the call (segment closed as REMOVED) and the study's rooms at once.
 */
class MembershipEndEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    @Test
    void a_member_banned_during_the_call_leaves_it_and_the_study_room_and_hears_no_more() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        Map<String, Object> room = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
        String annSocket = sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());
        sockets.connected("carol", carol.token());
        for (String as : new String[] {"ann", "bob", "carol"}) {
            assertOk(sockets.emitAndAck(as, "presence:join-study", Map.of("studyId", study), as + "-study"));
        }
        assertOk(sockets.emitAndAck("ann", "video:join-room", room, "ann-join"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", room, "bob-join"));
        sockets.event("ann", "video:user-joined");
        CLOCK.advanceSeconds(120);

        steps.setMember(study, ann, bob.id(), "{\"status\":\"BANNED\"}");

        JsonNode left = sockets.event("ann", "video:user-left");
        assertThat(left.get("socketId").stringValue()).isEqualTo(bobSocket);
        assertThat(left.get("userId").stringValue()).isEqualTo(bob.id());
        JsonNode offline = sockets.event("carol", "presence:user-offline");
        assertThat(offline.get("userId").stringValue()).isEqualTo(bob.id());
        String sessionId = session.get("id").stringValue();
        JsonNode bobsAttendance = find(steps.detail(study, sessionId, ann).get("participants"), "userId", bob.id());
        assertThat(bobsAttendance.get("segments").size()).isEqualTo(1);
        assertThat(bobsAttendance.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("REMOVED");
        assertThat(bobsAttendance.get("duration").longValue()).isEqualTo(120);
        assertThat(steps.status(study, ann).get("onlineCount").asInt()).isEqualTo(1);

        assertOk(sockets.emitAndAck("carol", "chat:send-message", Map.of("studyId", study, "message", "still here?"),
                "carol-chat"));
        sockets.event("ann", "chat:message-received");
        JsonNode relay = sockets.emitAndAck("bob", "video:offer",
                Map.of("to", annSocket, "offer", Map.of("type", "offer", "sdp", "v=0 banned")), "bob-offer");
        assertThat(relay.get("code").stringValue()).isEqualTo("PARTICIPANT_NOT_FOUND");
        assertThat(sockets.received("bob", "chat:message-received")).as("bob is out of the study room").isFalse();
        assertThat(sockets.received("ann", "video:offer")).as("and out of the call room").isFalse();
        JsonNode rejoin = sockets.emitAndAck("bob", "presence:join-study", Map.of("studyId", study), "bob-back");
        assertThat(rejoin.get("code").stringValue()).isEqualTo("NOT_STUDY_MEMBER");
    }

    @Test
    void a_member_set_pending_may_rejoin_once_active_again_and_a_removal_takes_them_out_again() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        JsonNode session = steps.start(study, ann);
        Map<String, Object> room = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("ann", "presence:join-study", Map.of("studyId", study), "ann-study"));
        assertOk(sockets.emitAndAck("bob", "presence:join-study", Map.of("studyId", study), "bob-study"));
        assertOk(sockets.emitAndAck("ann", "video:join-room", room, "ann-join"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", room, "bob-join"));

        steps.setMember(study, ann, bob.id(), "{\"status\":\"PENDING\"}");
        assertThat(sockets.event("ann", "presence:user-offline").get("userId").stringValue()).isEqualTo(bob.id());
        assertThat(sockets.event("ann", "video:user-left").get("userId").stringValue()).isEqualTo(bob.id());
        steps.setMember(study, ann, bob.id(), "{\"status\":\"ACTIVE\"}");

        assertOk(sockets.emitAndAck("bob", "video:join-room", room, "bob-rejoin"));
        assertThat(find(steps.status(study, ann).get("participants"), "userId", bob.id())).isNotNull();

        Response removed = delete("/api/studies/" + study + "/members/" + bob.id(), ann.token());
        assertThat(removed.status()).as("remove %s", removed).isEqualTo(204);
        assertThat(sockets.event("ann", "video:user-left").get("userId").stringValue()).isEqualTo(bob.id());
        JsonNode status = steps.status(study, ann);
        assertThat(status.get("onlineCount").asInt()).isEqualTo(1);
        assertThat(status.get("participants").size()).as("ann alone in the call").isEqualTo(1);
    }
}
