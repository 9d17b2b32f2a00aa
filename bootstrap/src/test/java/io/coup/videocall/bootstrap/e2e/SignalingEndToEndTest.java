package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5: the Socket.IO signaling server spoken to by the official JavaScript socket.io-client (v4) over
 * websocket on namespace {@code /coup}, with attendance and media time checked through REST afterwards.
 */
class SignalingEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    /** A study with a call in progress, started by its owner. */
    private record Call(String study, String sessionId, String roomId, Person owner) {
    }

    private Call call(Person owner) {
        String study = steps.study(owner);
        JsonNode session = steps.start(study, owner);
        return new Call(study, session.get("id").stringValue(), session.get("roomId").stringValue(), owner);
    }

    private static Map<String, Object> join(Call call) {
        return Map.of("studyId", call.study(), "roomId", call.roomId());
    }

    private static Map<String, Object> room(Call call, Object... more) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("roomId", call.roomId());
        for (int i = 0; i < more.length; i += 2) {
            payload.put((String) more[i], more[i + 1]);
        }
        return payload;
    }

    /** The error event and the negative ack of one refused event. */
    private void assertRefused(String as, String event, String tag, String code) {
        JsonNode ack = sockets.ack(as, tag);
        assertKeys(ack, "ok", "code", "message");
        assertThat(ack.get("ok").asBoolean()).isFalse();
        assertThat(ack.get("code").stringValue()).as("ack %s", ack).isEqualTo(code);
        assertThat(ack.get("message").stringValue()).isNotBlank();
        JsonNode error = sockets.event(as, "error");
        assertKeys(error, "code", "message", "event");
        assertThat(error.get("code").stringValue()).as("error %s", error).isEqualTo(code);
        assertThat(error.get("event").stringValue()).isEqualTo(event);
        assertThat(error.get("message").stringValue()).isNotBlank().doesNotContain("Exception", "java.", "io.coup");
    }

    /** A {@code video:peer-…} event: who changed (their socket and user) and the flag's new value, nothing else. */
    private static void assertPeerChange(JsonNode change, String socketId, Person who, String flag, boolean value) {
        assertKeys(change, "socketId", "userId", flag);
        assertThat(change.get("socketId").stringValue()).as("socketId of %s", change).isEqualTo(socketId);
        assertThat(change.get("userId").stringValue()).as("userId of %s", change).isEqualTo(who.id());
        assertThat(change.get(flag).isBoolean()).as("%s of %s", flag, change).isTrue();
        assertThat(change.get(flag).booleanValue()).as("%s of %s", flag, change).isEqualTo(value);
    }

    @Test
    void two_members_join_exchange_offer_answer_and_ice_toggle_media_and_leave_and_rest_shows_the_times() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());

        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        JsonNode annState = sockets.event("ann", "video:room-state");
        assertKeys(annState, "participants");
        assertThat(annState.get("participants").isEmpty()).as("nobody else yet: %s", annState).isTrue();

        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        JsonNode bobState = sockets.event("bob", "video:room-state");
        assertThat(bobState.get("participants").size()).isEqualTo(1);
        JsonNode annSeen = bobState.get("participants").get(0);
        assertKeys(annSeen, "socketId", "userId", "user", "isMuted", "isVideoOff", "isSharing");
        assertThat(annSeen.get("socketId").stringValue()).isEqualTo(annSocket);
        assertThat(annSeen.get("userId").stringValue()).isEqualTo(ann.id());
        Api.assertUser(annSeen.get("user"), ann.id(), ann.name());
        assertThat(annSeen.get("isMuted").asBoolean()).isFalse();
        JsonNode joined = sockets.event("ann", "video:user-joined");
        assertKeys(joined, "socketId", "userId", "user");
        assertThat(joined.get("socketId").stringValue()).isEqualTo(bobSocket);
        assertThat(joined.get("userId").stringValue()).isEqualTo(bob.id());
        Api.assertUser(joined.get("user"), bob.id(), bob.name());
        assertThat(sockets.received("bob", "video:user-joined")).as("the joiner is not told about themself").isFalse();

        JsonNode status = steps.status(call.study(), ann);
        assertThat(status.get("onlineCount").asInt()).isEqualTo(2);
        assertThat(status.get("participants").size()).isEqualTo(2);

        Map<String, Object> offer = Map.of("type", "offer", "sdp", "v=0 offer-from-ann");
        assertOk(sockets.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", offer), "offer"));
        JsonNode gotOffer = sockets.event("bob", "video:offer");
        assertKeys(gotOffer, "from", "offer");
        assertThat(gotOffer.get("from").stringValue()).isEqualTo(annSocket);
        assertThat(gotOffer.get("offer").get("sdp").stringValue()).isEqualTo("v=0 offer-from-ann");

        Map<String, Object> answer = Map.of("type", "answer", "sdp", "v=0 answer-from-bob");
        assertOk(sockets.emitAndAck("bob", "video:answer", Map.of("to", annSocket, "answer", answer), "answer"));
        JsonNode gotAnswer = sockets.event("ann", "video:answer");
        assertKeys(gotAnswer, "from", "answer");
        assertThat(gotAnswer.get("from").stringValue()).isEqualTo(bobSocket);
        assertThat(gotAnswer.get("answer").get("type").stringValue()).isEqualTo("answer");

        Map<String, Object> candidate = Map.of("candidate", "candidate:1 1 udp 2122260223 10.0.0.1 50000 typ host",
                "sdpMid", "0", "sdpMLineIndex", 0);
        assertOk(sockets.emitAndAck("ann", "video:ice-candidate", Map.of("to", bobSocket, "candidate", candidate), "ice"));
        JsonNode gotCandidate = sockets.event("bob", "video:ice-candidate");
        assertKeys(gotCandidate, "from", "candidate");
        assertThat(gotCandidate.get("candidate").get("sdpMLineIndex").asInt()).isZero();

        // Media time: the clock moves only between acknowledged toggles, so the accounted times are exact.
        CLOCK.advanceSeconds(3);
        assertOk(sockets.emitAndAck("ann", "video:toggle-audio", room(call, "isMuted", true), "mute"));
        assertPeerChange(sockets.event("bob", "video:peer-audio-changed"), annSocket, ann, "isMuted", true);
        CLOCK.advanceSeconds(30);
        assertOk(sockets.emitAndAck("ann", "video:toggle-audio", room(call, "isMuted", false), "unmute"));
        assertPeerChange(sockets.event("bob", "video:peer-audio-changed"), annSocket, ann, "isMuted", false);

        assertOk(sockets.emitAndAck("ann", "video:toggle-video", room(call, "isVideoOff", true), "video-off"));
        assertPeerChange(sockets.event("bob", "video:peer-video-changed"), annSocket, ann, "isVideoOff", true);
        CLOCK.advanceSeconds(20);
        assertOk(sockets.emitAndAck("ann", "video:toggle-video", room(call, "isVideoOff", false), "video-on"));
        assertPeerChange(sockets.event("bob", "video:peer-video-changed"), annSocket, ann, "isVideoOff", false);

        assertOk(sockets.emitAndAck("bob", "video:screen-share-start", room(call), "share"));
        assertPeerChange(sockets.event("ann", "video:peer-screen-share"), bobSocket, bob, "isSharing", true);
        CLOCK.advanceSeconds(12);
        assertOk(sockets.emitAndAck("bob", "video:screen-share-stop", room(call), "unshare"));
        assertPeerChange(sockets.event("ann", "video:peer-screen-share"), bobSocket, bob, "isSharing", false);
        assertThat(sockets.received("ann", "video:peer-audio-changed")).as("no echo to the sender").isFalse();

        // A third person joining later sees everyone's current state.
        assertOk(sockets.emitAndAck("ann", "video:toggle-audio", room(call, "isMuted", true), "mute-again"));
        sockets.event("bob", "video:peer-audio-changed");
        CLOCK.advanceSeconds(5);
        assertOk(sockets.emitAndAck("ann", "video:toggle-audio", room(call, "isMuted", false), "unmute-again"));
        sockets.event("bob", "video:peer-audio-changed");

        assertOk(sockets.emitAndAck("bob", "video:leave-room", room(call), "leave-bob"));
        JsonNode left = sockets.event("ann", "video:user-left");
        assertKeys(left, "socketId", "userId");
        assertThat(left.get("socketId").stringValue()).isEqualTo(bobSocket);
        assertThat(left.get("userId").stringValue()).isEqualTo(bob.id());

        JsonNode detail = steps.detail(call.study(), call.sessionId(), ann);
        JsonNode annTimes = find(detail.get("participants"), "userId", ann.id());
        assertThat(annTimes.get("audioMutedTime").asLong()).isEqualTo(35);
        assertThat(annTimes.get("videoOffTime").asLong()).isEqualTo(20);
        assertThat(annTimes.get("screenSharedTime").asLong()).isZero();
        assertThat(annTimes.get("leftAt").isNull()).isTrue();
        JsonNode bobTimes = find(detail.get("participants"), "userId", bob.id());
        assertThat(bobTimes.get("screenSharedTime").asLong()).isEqualTo(12);
        assertThat(bobTimes.get("audioMutedTime").asLong()).isZero();
        assertThat(bobTimes.get("leftAt").isNull()).as("bob left: %s", bobTimes).isFalse();
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(1);

        // The last person's socket drops and nobody comes back within the reconnect grace: the call ends at the drop.
        CLOCK.advanceSeconds(7);
        Instant droppedAt = CLOCK.instant();
        sockets.close("ann");
        sockets.await("ann", "disconnect");
        JsonNode ended = awaitEnded(call, ann);
        assertThat(Instant.parse(ended.get("endedAt").stringValue())).isEqualTo(droppedAt);
        JsonNode annSegments = find(ended.get("participants"), "userId", ann.id()).get("segments");
        assertThat(annSegments.get(annSegments.size() - 1).get("leaveReason").stringValue()).isEqualTo("DISCONNECTED");
        JsonNode bobSegments = find(ended.get("participants"), "userId", bob.id()).get("segments");
        assertThat(bobSegments.get(0).get("leaveReason").stringValue()).isEqualTo("LEFT");
    }

    @Test
    void two_sockets_of_one_person_count_once_and_leaving_from_one_keeps_them_in_the_call() {
        Person ann = person("ann");
        Call call = call(ann);
        sockets.connected("tab1", ann.token());
        String tab2 = sockets.connected("tab2", ann.token());
        assertOk(sockets.emitAndAck("tab1", "video:join-room", join(call), "j1"));
        assertOk(sockets.emitAndAck("tab2", "video:join-room", join(call), "j2"));
        assertThat(sockets.event("tab1", "video:user-joined").get("socketId").stringValue()).isEqualTo(tab2);
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(1);

        assertOk(sockets.emitAndAck("tab2", "video:leave-room", room(call), "l2"));
        sockets.event("tab1", "video:user-left");

        JsonNode status = steps.status(call.study(), ann);
        assertThat(status.isNull()).as("the call goes on").isFalse();
        assertThat(status.get("participants").size()).isEqualTo(1);
        assertThat(status.get("participants").get(0).get("leftAt").isNull()).isTrue();
        assertThat(status.get("onlineCount").asInt()).isEqualTo(1);
    }

    @Test
    void joining_muted_with_video_off_is_accounted_from_the_join_and_shown_to_peers_and_later_joiners() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        Person cid = steps.member(call.study(), ann, "cid");
        sockets.connected("bob", bob.token());
        String annSocket = sockets.connected("ann", ann.token());
        sockets.connected("cid", cid.token());
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "j-bob"));

        Map<String, Object> muted = Map.of("studyId", call.study(), "roomId", call.roomId(), "isMuted", true,
                "isVideoOff", true);
        assertOk(sockets.emitAndAck("ann", "video:join-room", muted, "j-ann"));
        assertThat(sockets.event("bob", "video:user-joined").get("socketId").stringValue()).isEqualTo(annSocket);
        assertThat(sockets.event("bob", "video:peer-audio-changed").get("isMuted").asBoolean()).isTrue();
        assertThat(sockets.event("bob", "video:peer-video-changed").get("isVideoOff").asBoolean()).isTrue();
        CLOCK.advanceSeconds(9);
        assertOk(sockets.emitAndAck("cid", "video:join-room", join(call), "j-cid"));
        JsonNode annSeen = find(sockets.event("cid", "video:room-state").get("participants"), "socketId", annSocket);
        assertThat(annSeen.get("isMuted").asBoolean()).isTrue();
        assertThat(annSeen.get("isVideoOff").asBoolean()).isTrue();
        assertThat(annSeen.get("isSharing").asBoolean()).isFalse();

        assertOk(sockets.emitAndAck("ann", "video:leave-room", room(call), "l-ann"));
        CLOCK.advanceSeconds(100);

        JsonNode annTimes = find(steps.detail(call.study(), call.sessionId(), ann).get("participants"), "userId", ann.id());
        assertThat(annTimes.get("audioMutedTime").asLong()).isEqualTo(9);
        assertThat(annTimes.get("videoOffTime").asLong()).isEqualTo(9);
        assertThat(annTimes.get("duration").asLong()).isEqualTo(9);
    }

    // --- handshake ----------------------------------------------------------------------------------------------

    @Test
    void a_forged_token_or_a_bare_user_id_is_refused_with_connect_error_unauthorized() {
        Person ann = person("ann");
        List<String> refused = new ArrayList<>();
        for (ForgedTokens.Forged forged : ForgedTokens.all()) {
            sockets.connect(forged.name(), forged.token().get());
            refused.add(forged.name());
        }
        sockets.connectWithAuth("userid", Map.of("userId", ann.id()));
        sockets.connectWithAuth("wrongtype", Map.of("token", 42));
        refused.addAll(List.of("userid", "wrongtype"));

        for (String as : refused) {
            JsonNode refusal = sockets.await(as, "connect_error");
            assertThat(refusal.get("message").stringValue()).as("%s", as).isEqualTo("unauthorized");
            assertThat(refusal.get("data").get("code").stringValue()).isEqualTo("AUTH_REQUIRED");
        }
        assertThat(sockets.all()).as("no forged socket connected").noneMatch(l -> "connect".equals(SocketIoDriver.text(l, "type")));
    }

    /** An event a refused socket sends anyway. */
    private record Unwelcome(String event, Object payload) {
    }

    /** Joining the call, an offer to {@code peerSocket}, a toggle, an in-call message. */
    private static List<Unwelcome> unwelcome(Call call, String peerSocket) {
        return List.of(new Unwelcome("video:join-room", join(call)),
                new Unwelcome("video:offer", Map.of("to", peerSocket, "offer", Map.of("sdp", "x"))),
                new Unwelcome("video:toggle-audio", room(call, "isMuted", true)),
                new Unwelcome("chat:video-message", room(call, "message", "hello")));
    }

    /**
     * None of a refused socket's events reached anyone: the owner, alone in the call before, heard nothing of them
     * before bob's join (she hears it after anything sent to her earlier), and the call holds the two of them only.
     */
    private void assertNoneHandled(Call call, Person bob) {
        sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        assertThat(sockets.event("owner", "video:user-joined").get("userId").stringValue()).isEqualTo(bob.id());
        assertThat(sockets.count("owner", "video:user-joined")).isEqualTo(1);
        for (String event : List.of("video:offer", "video:peer-audio-changed", "chat:video-message-received")) {
            assertThat(sockets.received("owner", event)).as(event).isFalse();
        }
        JsonNode status = steps.status(call.study(), call.owner());
        assertThat(Api.strings(status.get("participants"), "userId"))
                .containsExactlyInAnyOrder(call.owner().id(), bob.id());
        assertThat(status.get("onlineCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_client_sending_no_auth_payload_is_disconnected_and_none_of_its_events_is_handled() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("owner", ann.token());
        assertOk(sockets.emitAndAck("owner", "video:join-room", join(call), "join-owner"));

        sockets.connectWithoutAuth("anon");
        // Emitted at once: socket.io-client buffers them and sends them as soon as the namespace answers the connect.
        List<Unwelcome> events = unwelcome(call, annSocket);
        for (int i = 0; i < events.size(); i++) {
            sockets.emitRaw("anon", events.get(i).event(), JSON.writeValueAsString(List.of(events.get(i).payload())),
                    "anon-" + i);
        }

        JsonNode first = sockets.awaitAny("anon", "connect", "connect_error");
        if ("connect".equals(SocketIoDriver.text(first, "type"))) {
            // netty-socketio acknowledges the namespace before the connect listener refuses it.
            assertThat(sockets.await("anon", "disconnect").get("reason").stringValue()).isEqualTo("io server disconnect");
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode settled = sockets.ackOrTimeout("anon", "anon-" + i);
            assertThat(SocketIoDriver.text(settled, "type")).as("%s", events.get(i)).isEqualTo("ack_timeout");
        }
        assertNoneHandled(call, bob);
    }

    @Test
    void a_raw_client_sending_events_after_its_connect_was_refused_has_none_handled_and_is_disconnected() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("owner", ann.token());
        assertOk(sockets.emitAndAck("owner", "video:join-room", join(call), "join-owner"));

        // Socket.IO packets as written on the wire: 0 CONNECT (with the seed's auth.userId), 2 EVENT with an ack id.
        sockets.openRaw("raw");
        sockets.sendRaw("raw", "0/coup," + JSON.writeValueAsString(Map.of("userId", ann.id())));
        assertThat(sockets.rawPacket("raw")).as("CONNECT_ERROR").startsWith("4/coup,").contains("unauthorized");
        List<Unwelcome> events = unwelcome(call, annSocket);
        for (int i = 0; i < events.size(); i++) {
            sockets.sendRaw("raw", "2/coup," + i + JSON.writeValueAsString(List.of(events.get(i).event(),
                    events.get(i).payload())));
        }

        // Disconnected: a DISCONNECT (1) of the namespace, or the whole connection closed.
        sockets.await(l -> "raw".equals(SocketIoDriver.text(l, "as"))
                && ("raw_close".equals(SocketIoDriver.text(l, "type")) || "raw".equals(SocketIoDriver.text(l, "type"))
                        && SocketIoDriver.text(l, "data").startsWith("1/coup")));
        assertThat(sockets.rawPackets("raw")).as("no ACK (3), no EVENT (2) such as an error")
                .noneMatch(packet -> packet.startsWith("3") || packet.startsWith("2"));
        assertNoneHandled(call, bob);
    }

    @Test
    void a_browser_origin_off_the_allowlist_is_refused_at_the_handshake_and_a_listed_one_connects() {
        Person ann = person("ann");
        sockets.connectWithHeaders("evil", ann.token(), Map.of("Origin", "http://evil.example"));
        sockets.connectWithHeaders("good", ann.token(), Map.of("Origin", "http://localhost:3000"));

        assertThat(sockets.await("evil", "connect_error")).isNotNull();
        assertThat(sockets.await("good", "connect").get("id").stringValue()).isNotBlank();
    }

    @Test
    void a_member_who_never_made_a_rest_request_joins_over_the_socket_and_rest_shows_their_name() {
        Person ann = person("ann");
        Call call = call(ann);
        Person sam = person("sam");
        addMember(call.study(), ann.token(), sam.id()); // known by id only until their token is seen
        sockets.connected("sam", sam.token());

        assertOk(sockets.emitAndAck("sam", "video:join-room", join(call), "join"));
        assertThat(sockets.event("sam", "video:room-state").get("participants").isEmpty()).isTrue();

        JsonNode status = steps.status(call.study(), ann);
        assertThat(status.get("onlineCount").asInt()).isEqualTo(1);
        Api.assertUser(find(status.get("participants"), "userId", sam.id()).get("user"), sam.id(), sam.name());
        JsonNode detail = steps.detail(call.study(), call.sessionId(), ann);
        Api.assertUser(find(detail.get("participants"), "userId", sam.id()).get("user"), sam.id(), sam.name());
    }

    // --- refused events -----------------------------------------------------------------------------------------

    @Test
    void a_non_member_joining_gets_an_error_event_and_a_negative_ack_and_is_not_in_the_call() {
        Person ann = person("ann");
        Call call = call(ann);
        Person stranger = person("stranger");
        sockets.connected("stranger", stranger.token());
        sockets.connected("ann", ann.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "ann-join"));

        sockets.emit("stranger", "video:join-room", join(call), "join");
        assertRefused("stranger", "video:join-room", "join", "NOT_STUDY_MEMBER");

        sockets.emit("stranger", "video:toggle-audio", room(call, "isMuted", true), "toggle");
        assertRefused("stranger", "video:toggle-audio", "toggle", "PARTICIPANT_NOT_FOUND");
        assertThat(sockets.received("ann", "video:user-joined")).isFalse();
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(1);
    }

    @Test
    void joining_the_room_of_an_ended_call_is_session_ended_and_a_room_no_call_of_the_study_has_is_session_not_found() {
        Person ann = person("ann");
        Call ended = call(ann);
        steps.end(ended.study(), ended.sessionId(), ann);
        Call other = call(person("zoe"));
        Call current = call(ann);
        sockets.connected("ann", ann.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(current), "join-current"));

        // As POST /join answers (400 SESSION_ENDED, 404 SESSION_NOT_FOUND): the same use case decides.
        sockets.emit("ann", "video:join-room", join(ended), "join-ended");
        assertRefused("ann", "video:join-room", "join-ended", "SESSION_ENDED");
        sockets.emit("ann", "video:join-room", Map.of("studyId", current.study(), "roomId", other.roomId()), "other-study");
        assertRefused("ann", "video:join-room", "other-study", "SESSION_NOT_FOUND");
        sockets.emit("ann", "video:join-room",
                Map.of("studyId", current.study(), "roomId", "study-" + current.study() + "-no-such-call"), "unknown");
        assertRefused("ann", "video:join-room", "unknown", "SESSION_NOT_FOUND");

        // A refused join leaves the socket in the room it was in.
        JsonNode status = steps.status(current.study(), ann);
        assertThat(status.get("onlineCount").asInt()).isEqualTo(1);
        assertThat(Api.strings(status.get("participants"), "userId")).containsExactly(ann.id());
        assertThat(steps.detail(ended.study(), ended.sessionId(), ann).get("participants").size()).isZero();
    }

    @Test
    void joining_the_same_room_twice_on_one_socket_tells_peers_once_opens_no_new_segment_and_sends_the_room_state_again() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        Instant bobJoinedAt = CLOCK.instant();
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        sockets.event("bob", "video:room-state");
        CLOCK.advanceSeconds(5);

        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob-again"));

        JsonNode again = sockets.event("bob", "video:room-state");
        assertThat(Api.strings(again.get("participants"), "socketId")).containsExactly(annSocket);
        // ann hears bob's toggle after anything his second join sent her: one socket's events keep their order.
        assertOk(sockets.emitAndAck("bob", "video:toggle-audio", room(call, "isMuted", true), "barrier"));
        sockets.event("ann", "video:peer-audio-changed");
        assertThat(sockets.count("ann", "video:user-joined")).as("user-joined of bob").isEqualTo(1);
        JsonNode segments = find(steps.detail(call.study(), call.sessionId(), ann).get("participants"), "userId",
                bob.id()).get("segments");
        assertThat(segments.size()).as("segments %s", segments).isEqualTo(1);
        Api.assertInstant(segments.get(0).get("joinedAt"), bobJoinedAt);
        assertThat(segments.get(0).get("leftAt").isNull()).isTrue();
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_relay_to_a_socket_in_another_room_is_refused_and_never_delivered() {
        Person ann = person("ann");
        Call mine = call(ann);
        Person bob = steps.member(mine.study(), ann, "bob");
        Person zoe = person("zoe");
        Call theirs = call(zoe);
        Person dan = steps.member(theirs.study(), zoe, "dan");
        sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());
        String zoeSocket = sockets.connected("zoe", zoe.token());
        String danSocket = sockets.connected("dan", dan.token());
        String loose = sockets.connected("loose", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(mine), "j1"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(mine), "j2"));
        assertOk(sockets.emitAndAck("zoe", "video:join-room", join(theirs), "j3"));
        assertOk(sockets.emitAndAck("dan", "video:join-room", join(theirs), "j4"));

        Map<String, Object> offer = Map.of("type", "offer", "sdp", "v=0 stray");
        sockets.emit("ann", "video:offer", Map.of("to", zoeSocket, "offer", offer), "stray");
        assertRefused("ann", "video:offer", "stray", "PARTICIPANT_NOT_FOUND");
        sockets.emit("ann", "video:ice-candidate", Map.of("to", loose, "candidate", Map.of("candidate", "x")), "not-in-call");
        assertRefused("ann", "video:ice-candidate", "not-in-call", "PARTICIPANT_NOT_FOUND");
        sockets.emit("ann", "video:answer", Map.of("to", "00000000-0000-0000-0000-000000000000",
                "answer", Map.of("type", "answer")), "nobody");
        assertRefused("ann", "video:answer", "nobody", "PARTICIPANT_NOT_FOUND");
        sockets.emit("loose", "video:offer", Map.of("to", bobSocket, "offer", offer), "sender-not-in-call");
        assertRefused("loose", "video:offer", "sender-not-in-call", "PARTICIPANT_NOT_FOUND");

        // Barriers: relays within each room still flow, and the first offer zoe ever gets is dan's.
        assertOk(sockets.emitAndAck("dan", "video:offer", Map.of("to", zoeSocket, "offer", Map.of("sdp", "from dan")), "ok1"));
        assertOk(sockets.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", Map.of("sdp", "from ann")), "ok2"));
        assertThat(sockets.event("zoe", "video:offer").get("from").stringValue()).isEqualTo(danSocket);
        assertThat(sockets.event("bob", "video:offer").get("offer").get("sdp").stringValue()).isEqualTo("from ann");
        assertThat(sockets.count("zoe", "video:offer")).isEqualTo(1);
        assertThat(sockets.received("loose", "video:ice-candidate")).isFalse();
    }

    @Test
    void a_malformed_payload_of_every_event_is_invalid_request_and_the_server_keeps_serving() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "bob-join"));

        List<Object[]> malformed = new ArrayList<>();
        malformed.add(new Object[] {"video:join-room", List.of()});
        malformed.add(new Object[] {"video:join-room", List.of("a string")});
        malformed.add(new Object[] {"video:join-room", List.of(Map.of("studyId", call.study()))});
        malformed.add(new Object[] {"video:join-room", List.of(Map.of("studyId", 7, "roomId", call.roomId()))});
        malformed.add(new Object[] {"video:join-room", List.of(Map.of("studyId", "bad id!", "roomId", call.roomId()))});
        malformed.add(new Object[] {"video:join-room", List.of(Map.of("studyId", call.study(), "roomId", call.roomId(), "isMuted", "yes"))});
        malformed.add(new Object[] {"video:leave-room", List.of(Map.of("roomId", List.of(1)))});
        malformed.add(new Object[] {"video:offer", List.of(Map.of("to", bobSocket))});
        malformed.add(new Object[] {"video:offer", List.of(Map.of("to", "not-a-socket", "offer", Map.of()))});
        malformed.add(new Object[] {"video:answer", List.of(Map.of("answer", Map.of()))});
        malformed.add(new Object[] {"video:ice-candidate", List.of(Map.of("to", bobSocket, "candidate", 5))});
        malformed.add(new Object[] {"video:toggle-audio", List.of(Map.of("roomId", call.roomId()))});
        malformed.add(new Object[] {"video:toggle-audio", List.of(Map.of("roomId", call.roomId(), "isMuted", "true"))});
        malformed.add(new Object[] {"video:toggle-video", List.of(Map.of("roomId", call.roomId(), "isVideoOff", 1))});
        malformed.add(new Object[] {"video:screen-share-start", List.of(Map.of())});
        malformed.add(new Object[] {"video:screen-share-stop", List.of(42)});
        for (int i = 0; i < malformed.size(); i++) {
            String event = (String) malformed.get(i)[0];
            sockets.emitArgs("ann", event, (List<?>) malformed.get(i)[1], "bad-" + i);
            assertRefused("ann", event, "bad-" + i, "INVALID_REQUEST");
        }

        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "ann-join"));
        assertThat(sockets.event("bob", "video:user-joined").get("userId").stringValue()).isEqualTo(ann.id());
        assertOk(sockets.emitAndAck("bob", "video:toggle-audio", room(call, "isMuted", true), "bob-mute"));
        assertThat(sockets.event("ann", "video:peer-audio-changed").get("isMuted").asBoolean()).isTrue();
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(2);
    }

    /** SPEC §6.5: JSON the server's reader refuses (over 1,000 levels deep) still gets a clear error. */
    @Test
    void a_payload_nested_too_deep_to_read_gets_an_invalid_request_error_and_the_socket_goes_on() {
        Person ann = person("ann");
        Call call = call(ann);
        sockets.connected("ann", ann.token());
        String deep = "[".repeat(2_000) + "]".repeat(2_000);

        sockets.emitRaw("ann", "video:offer", "[{\"to\":\"x\",\"offer\":" + deep + "}]", "too-deep");

        JsonNode error = sockets.event("ann", "error");
        assertKeys(error, "code", "message", "event");
        assertThat(error.get("code").stringValue()).isEqualTo("INVALID_REQUEST");
        assertThat(error.get("event").isNull()).as("the frame named no event that could be read").isTrue();
        assertThat(error.get("message").stringValue()).doesNotContain("Exception", "jackson");
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "still-serving"));
    }

    @Test
    void a_join_beyond_max_participants_is_session_full_until_someone_leaves() {
        Person ann = person("ann");
        Call call = call(ann);
        List<Person> present = steps.fill(call.study(), call.sessionId(), ann, 10);
        Person late = steps.member(call.study(), ann, "late");
        sockets.connected("late", late.token());

        sockets.emit("late", "video:join-room", join(call), "full");
        assertRefused("late", "video:join-room", "full", "SESSION_FULL");
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).as("not in the room").isZero();

        steps.leave(call.study(), call.sessionId(), present.get(0));
        assertOk(sockets.emitAndAck("late", "video:join-room", join(call), "room-again"));
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(1);
    }

    /**
     * SPEC §6.5 oversized input: a message over the 64 KiB payload limit is answered PAYLOAD_TOO_LARGE and goes no
     * further; the socket stays. One over the 256 KiB read length closes that socket only.
     */
    @Test
    void a_message_over_the_payload_limit_is_refused_one_over_the_read_limit_closes_the_socket_only() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));

        // coup.signaling.max-frame-payload-length is 64KB: an SDP of 60 000 characters still fits in one frame.
        String bigSdp = "v=0 " + "a".repeat(60_000);
        assertOk(sockets.emitAndAck("ann", "video:offer",
                Map.of("to", bobSocket, "offer", Map.of("type", "offer", "sdp", bigSdp)), "big"));
        assertThat(sockets.event("bob", "video:offer").get("offer").get("sdp").stringValue()).isEqualTo(bigSdp);

        sockets.emit("ann", "video:offer",
                Map.of("to", bobSocket, "offer", Map.of("type", "offer", "sdp", "a".repeat(70 * 1024))), "too-big");
        assertRefused("ann", "video:offer", "too-big", "PAYLOAD_TOO_LARGE");
        assertOk(sockets.emitAndAck("ann", "video:toggle-audio", room(call, "isMuted", true), "ann-still-here"));
        assertThat(sockets.event("bob", "video:peer-audio-changed").get("socketId").stringValue()).isEqualTo(annSocket);
        assertThat(sockets.count("bob", "video:offer")).as("only the offer that fitted").isEqualTo(1);

        sockets.emit("ann", "video:offer",
                Map.of("to", bobSocket, "offer", Map.of("type", "offer", "sdp", "a".repeat(300 * 1024))), "far-too-big");
        assertThat(sockets.await("ann", "disconnect")).as("past the read length the socket closes").isNotNull();
        JsonNode left = sockets.event("bob", "video:user-left");
        assertThat(left.get("socketId").stringValue()).isEqualTo(annSocket);
        assertThat(sockets.count("bob", "video:offer")).isEqualTo(1);

        // The others are served as before, and the sender may come back.
        assertOk(sockets.emitAndAck("bob", "video:toggle-audio", room(call, "isMuted", true), "bob-fine"));
        sockets.connected("ann-again", ann.token());
        assertOk(sockets.emitAndAck("ann-again", "video:join-room", join(call), "rejoin"));
        assertThat(sockets.event("bob", "video:user-joined").get("userId").stringValue()).isEqualTo(ann.id());
    }

    @Test
    void a_socket_flooding_events_is_rate_limited_and_served_again_once_it_slows_down() throws InterruptedException {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));

        int flood = 300;
        for (int i = 0; i < flood; i++) {
            sockets.emit("ann", "video:toggle-audio", room(call, "isMuted", i % 2 == 0), "flood-" + i);
        }
        int limited = 0;
        for (int i = 0; i < flood; i++) {
            JsonNode ack = sockets.ack("ann", "flood-" + i);
            if (!ack.get("ok").asBoolean()) {
                assertThat(ack.get("code").stringValue()).isEqualTo("RATE_LIMITED");
                limited++;
            }
        }
        assertThat(limited).as("refused of %s", flood).isPositive().isLessThan(flood);
        assertThat(sockets.event("ann", "error").get("code").stringValue()).isEqualTo("RATE_LIMITED");

        Thread.sleep(1_000);
        assertOk(sockets.emitAndAck("ann", "video:toggle-video", room(call, "isVideoOff", true), "calm"));
        assertThat(sockets.event("bob", "video:peer-video-changed").get("isVideoOff").asBoolean()).isTrue();
        assertOk(sockets.emitAndAck("bob", "video:toggle-audio", room(call, "isMuted", true), "bob-fine"));
    }

    // --- reconnect grace (SPEC §6.4) ------------------------------------------------------------------------------

    @Test
    void a_dropped_user_rejoining_within_the_reconnect_grace_keeps_one_attendance_segment() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        String annSocket = sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        sockets.connected("ann-reloaded", ann.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        CLOCK.advanceSeconds(10);

        sockets.close("ann");
        // bob hears of the drop once the server has handled it: from here the grace runs.
        assertThat(sockets.event("bob", "video:user-left").get("socketId").stringValue()).isEqualTo(annSocket);
        CLOCK.advanceSeconds(5);
        assertOk(sockets.emitAndAck("ann-reloaded", "video:join-room", join(call), "rejoin"));
        sleepPast(RECONNECT_GRACE_MS);

        JsonNode annTimes = find(steps.detail(call.study(), call.sessionId(), ann).get("participants"), "userId", ann.id());
        assertThat(annTimes.get("segments").size()).as("segments %s", annTimes).isEqualTo(1);
        assertThat(annTimes.get("segments").get(0).get("leftAt").isNull()).isTrue();
        assertThat(annTimes.get("leftAt").isNull()).isTrue();
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_dropped_user_back_after_the_reconnect_grace_gets_a_disconnected_segment_closed_at_the_drop_and_a_new_one() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        CLOCK.advanceSeconds(10);
        Instant droppedAt = CLOCK.instant();

        sockets.close("ann");
        sockets.event("bob", "video:user-left");
        // The service's clock runs on during the grace; the segment still closes at the drop.
        CLOCK.advanceSeconds(60);
        JsonNode closed = awaitSegmentClosed(call, ann);
        assertThat(Instant.parse(closed.get("leftAt").stringValue())).isEqualTo(droppedAt);
        assertThat(closed.get("leaveReason").stringValue()).isEqualTo("DISCONNECTED");

        Instant rejoinedAt = CLOCK.instant();
        sockets.connected("ann-again", ann.token());
        assertOk(sockets.emitAndAck("ann-again", "video:join-room", join(call), "rejoin"));
        JsonNode annTimes = find(steps.detail(call.study(), call.sessionId(), ann).get("participants"), "userId", ann.id());
        JsonNode segments = annTimes.get("segments");
        assertThat(segments.size()).as("segments %s", annTimes).isEqualTo(2);
        assertThat(segments.get(0).get("leaveReason").stringValue()).isEqualTo("DISCONNECTED");
        assertThat(Instant.parse(segments.get(1).get("joinedAt").stringValue())).isEqualTo(rejoinedAt);
        assertThat(segments.get(1).get("leftAt").isNull()).isTrue();
    }

    // --- operational endpoints (SPEC §5.3) ----------------------------------------------------------------------

    @Test
    void health_is_public_and_metrics_needs_a_token_and_both_see_the_connected_sockets_and_their_room() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        sockets.connected("ann", ann.token());
        String bobSocket = sockets.connected("bob", bob.token());
        sockets.connected("idle", bob.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann"));
        assertOk(sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob"));
        assertOk(sockets.emitAndAck("ann", "video:offer", Map.of("to", bobSocket, "offer", Map.of("sdp", "x")), "offer"));

        Response health = get("/signaling/health", null);
        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertKeys(health.json(), "status", "connections", "uptime", "timestamp");
        assertThat(health.json().get("status").stringValue()).isEqualTo("ok");
        assertThat(health.json().get("connections").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(health.json().get("uptime").asLong()).isNotNegative();
        assertThat(Instant.parse(health.json().get("timestamp").stringValue())).isEqualTo(CLOCK.instant());

        assertThat(get("/signaling/metrics", null).status()).isEqualTo(401);
        Response metrics = get("/signaling/metrics", ann.token());
        assertThat(metrics.status()).as("%s", metrics).isEqualTo(200);
        assertKeys(metrics.json(), "connections", "rooms", "roomDetails", "memory", "uptime");
        assertThat(metrics.json().get("connections").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(metrics.json().get("rooms").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode room = find(metrics.json().get("roomDetails"), "name", call.roomId());
        assertThat(room.get("participants").asInt()).isEqualTo(2);
        assertThat(metrics.json().get("memory").get("heapUsed").asLong()).isPositive();

        // The same numbers as Micrometer meters (Prometheus when a registry for it is present).
        Response relayed = get("/actuator/metrics/coup.signaling.relayed?tag=event:video:offer", ann.token());
        assertThat(relayed.status()).as("%s", relayed).isEqualTo(200);
        assertThat(relayed.json().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(get("/actuator/metrics/coup.signaling.connections", ann.token()).status()).isEqualTo(200);
    }

    private static void sleepPast(long millis) {
        try {
            Thread.sleep(millis + 300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The user's first segment once it is closed (the reconnect grace is waited in real time). */
    private JsonNode awaitSegmentClosed(Call call, Person who) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode participant = find(steps.detail(call.study(), call.sessionId(), who).get("participants"), "userId", who.id());
            JsonNode first = participant.get("segments").get(0);
            if (!first.get("leftAt").isNull()) {
                return first;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the dropped segment was not closed after the reconnect grace");
    }

    private JsonNode awaitEnded(Call call, Person who) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode detail = steps.detail(call.study(), call.sessionId(), who);
            if (!detail.get("endedAt").isNull()) {
                return detail;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the call did not end after the last socket dropped");
    }
}
