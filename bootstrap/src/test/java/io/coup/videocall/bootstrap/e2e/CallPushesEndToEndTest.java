package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4.2 moderation and §5.2 server pushes, seen by the official socket.io-client: {@code video:started} /
 * {@code video:ended} in the study's presence room, {@code video:force-mute} and {@code video:kicked} to the target's
 * sockets, {@code video:user-left} to the rest of the call room.
 */
class CallPushesEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    private void joinStudy(String as, String study) {
        assertOk(sockets.emitAndAck(as, "presence:join-study", Map.of("studyId", study), "study-" + as));
    }

    private void joinRoom(String as, String study, JsonNode session) {
        assertOk(sockets.emitAndAck(as, "video:join-room",
                Map.of("studyId", study, "roomId", session.get("roomId").stringValue()), "join-" + as));
        sockets.event(as, "video:room-state");
    }

    private String path(String study, String sessionId, String target, String action) {
        return call(study) + "/sessions/" + sessionId + "/participants/" + target + "/" + action;
    }

    @Test
    void members_in_the_study_room_see_the_call_start_and_end() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        sockets.connected("bob", bob.token());
        joinStudy("bob", study);

        Response started = post(call(study) + "/start", ann.token(), null);
        assertThat(started.status()).isEqualTo(201);
        JsonNode session = started.json().get("session");

        JsonNode pushed = sockets.event("bob", "video:started");
        assertKeys(pushed, "session");
        assertThat(pushed.get("session")).as("the session as REST shows it").isEqualTo(session);

        String sessionId = session.get("id").stringValue();
        steps.end(study, sessionId, ann);

        JsonNode ended = sockets.event("bob", "video:ended");
        assertKeys(ended, "sessionId");
        assertThat(ended.get("sessionId").stringValue()).isEqualTo(sessionId);
    }

    @Test
    void a_second_start_while_the_call_goes_on_announces_nothing_new() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        sockets.connected("bob", bob.token());
        joinStudy("bob", study);
        String first = steps.startId(study, ann);
        assertThat(sockets.event("bob", "video:started").get("session").get("id").stringValue()).isEqualTo(first);

        assertThat(steps.startId(study, bob)).isEqualTo(first);
        steps.end(study, first, ann);

        sockets.event("bob", "video:ended");
        assertThat(sockets.count("bob", "video:started")).as("one video:started for one created call").isEqualTo(1);
    }

    @Test
    void only_active_members_may_join_the_study_room() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person olga = person("olga");
        sockets.connected("olga", olga.token());

        JsonNode ack = sockets.emitAndAck("olga", "presence:join-study", Map.of("studyId", study), "olga-study");

        assertThat(ack.get("ok").asBoolean()).isFalse();
        assertThat(ack.get("code").stringValue()).isEqualTo("NOT_STUDY_MEMBER");
        steps.startId(study, ann);
        assertThat(steps.status(study, ann).isNull()).isFalse();
        assertThat(sockets.received("olga", "video:started")).isFalse();
    }

    @Test
    void a_kicked_participant_is_told_removed_from_the_room_and_cannot_rejoin() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        String bobSocket = sockets.connected("bob", bob.token());
        sockets.connected("carol", carol.token());
        joinRoom("bob", study, session);
        joinRoom("carol", study, session);
        sockets.event("bob", "video:user-joined");
        CLOCK.advanceSeconds(60);

        Response kick = post(path(study, sessionId, bob.id(), "kick"), ann.token(), null);

        assertThat(kick.status()).as("kick %s", kick).isEqualTo(202);
        assertThat(kick.body()).isEmpty();
        JsonNode kicked = sockets.event("bob", "video:kicked");
        assertKeys(kicked, "sessionId", "by");
        assertThat(kicked.get("sessionId").stringValue()).isEqualTo(sessionId);
        assertThat(kicked.get("by").stringValue()).isEqualTo(ann.id());
        JsonNode left = sockets.event("carol", "video:user-left");
        assertKeys(left, "socketId", "userId");
        assertThat(left.get("socketId").stringValue()).isEqualTo(bobSocket);
        assertThat(left.get("userId").stringValue()).isEqualTo(bob.id());
        assertThat(steps.status(study, ann).get("onlineCount").asInt()).as("bob's socket left the room").isEqualTo(1);

        assertError(post(call(study) + "/join", bob.token(), Steps.sessionBody(sessionId)), 403, "KICKED");
        JsonNode again = sockets.emitAndAck("bob", "video:join-room",
                Map.of("studyId", study, "roomId", session.get("roomId").stringValue()), "rejoin-bob");
        assertThat(again.get("code").stringValue()).isEqualTo("KICKED");

        JsonNode bobInDetail = find(steps.detail(study, sessionId, ann).get("participants"), "userId", bob.id());
        JsonNode segments = bobInDetail.get("segments");
        assertThat(segments.size()).isEqualTo(1);
        assertThat(segments.get(0).get("leaveReason").stringValue()).isEqualTo("KICKED");
        assertThat(bobInDetail.get("duration").asLong()).isEqualTo(60);
        assertThat(steps.status(study, carol).get("id").stringValue()).as("the call goes on").isEqualTo(sessionId);
    }

    @Test
    void kicking_the_last_person_present_ends_the_call_and_the_study_room_hears_it() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        sockets.connected("ann", ann.token());
        joinStudy("ann", study);
        sockets.connected("bob", bob.token());
        joinRoom("bob", study, session);

        steps.kick(study, sessionId, ann, bob.id());

        assertThat(sockets.event("bob", "video:kicked").get("by").stringValue()).isEqualTo(ann.id());
        assertThat(sockets.event("ann", "video:ended").get("sessionId").stringValue()).isEqualTo(sessionId);
        assertThat(steps.status(study, ann).isNull()).as("no call in progress").isTrue();
    }

    @Test
    void a_moderator_force_mutes_one_participant_and_only_their_sockets_hear_it() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        sockets.connected("bob", bob.token());
        sockets.connected("bob-tab2", bob.token());
        sockets.connected("carol", carol.token());
        joinRoom("bob", study, session);
        joinRoom("carol", study, session);

        Response refused = post(path(study, sessionId, bob.id(), "mute"), carol.token(), null);
        assertError(refused, 403, "PERMISSION_DENIED");
        Response mute = post(path(study, sessionId, bob.id(), "mute"), ann.token(), null);

        assertThat(mute.status()).as("mute %s", mute).isEqualTo(202);
        assertThat(mute.body()).isEmpty();
        for (String tab : List.of("bob", "bob-tab2")) {
            JsonNode forceMute = sockets.event(tab, "video:force-mute");
            assertKeys(forceMute, "by");
            assertThat(forceMute.get("by").stringValue()).as("the refused mute sent nothing").isEqualTo(ann.id());
        }
        // The client obeys with its usual toggle, which is what accounts the muted time.
        assertOk(sockets.emitAndAck("bob", "video:toggle-audio",
                Map.of("roomId", session.get("roomId").stringValue(), "isMuted", true), "obey"));
        assertThat(sockets.received("carol", "video:force-mute")).isFalse();
        assertThat(find(steps.status(study, ann).get("participants"), "userId", bob.id()).get("isMuted").asBoolean())
                .isTrue();
    }

    @Test
    void a_plain_member_may_neither_mute_nor_kick() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        sockets.connected("bob", bob.token());
        joinRoom("bob", study, session);

        assertError(post(path(study, sessionId, bob.id(), "mute"), carol.token(), null), 403, "PERMISSION_DENIED");
        assertError(post(path(study, sessionId, bob.id(), "kick"), carol.token(), null), 403, "PERMISSION_DENIED");

        assertThat(post(path(study, sessionId, bob.id(), "mute"), ann.token(), null).status()).isEqualTo(202);
        assertThat(sockets.event("bob", "video:force-mute").get("by").stringValue())
                .as("the first push bob got is the moderator's").isEqualTo(ann.id());
        assertThat(sockets.received("bob", "video:kicked")).isFalse();
        assertThat(steps.status(study, ann).get("onlineCount").asInt()).isEqualTo(1);
    }
}
