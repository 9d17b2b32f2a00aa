package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertInstant;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.assertUser;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5.2 chat and presence with the official socket.io-client: presence in the study room, study chat and typing
 * relayed to the study room, in-call chat stored with the call and counted in {@code messageCount} of the REST
 * session detail; refusals as {@code error} event plus negative ack.
 */
class ChatAndPresenceEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    private void ok(String as, String event, Object data, String tag) {
        assertOk(sockets.emitAndAck(as, event, data, tag));
    }

    /** The negative ack and the error event of one refused event. */
    private void assertRefused(String as, String event, Object data, String tag, String code) {
        JsonNode ack = sockets.emitAndAck(as, event, data, tag);
        assertKeys(ack, "ok", "code", "message");
        assertThat(ack.get("ok").asBoolean()).isFalse();
        assertThat(ack.get("code").stringValue()).as("ack %s", ack).isEqualTo(code);
        JsonNode error = sockets.event(as, "error");
        assertKeys(error, "code", "message", "event");
        assertThat(error.get("code").stringValue()).as("error %s", error).isEqualTo(code);
        assertThat(error.get("event").stringValue()).isEqualTo(event);
        assertThat(error.get("message").stringValue()).isNotBlank().doesNotContain("Exception", "java.", "io.coup");
    }

    private static void assertPresence(JsonNode event, Person who) {
        assertKeys(event, "userId", "user", "timestamp");
        assertThat(event.get("userId").stringValue()).isEqualTo(who.id());
        assertUser(event.get("user"), who.id(), who.name());
        assertInstant(event.get("timestamp"), CLOCK.instant());
    }

    @Test
    void members_in_the_study_room_see_presence_chat_typing_and_status() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        ok("ann", "presence:join-study", Map.of("studyId", study), "ann-study");

        ok("bob", "presence:join-study", Map.of("studyId", study), "bob-study");
        assertPresence(sockets.event("ann", "presence:user-online"), bob);

        ok("bob", "chat:send-message", Map.of("studyId", study, "message", "  hello  ", "type", "text"), "bob-chat");
        for (String as : List.of("ann", "bob")) {
            JsonNode message = sockets.event(as, "chat:message-received");
            assertKeys(message, "id", "studyId", "userId", "user", "message", "type", "createdAt");
            assertThat(message.get("id").stringValue()).isNotBlank();
            assertThat(message.get("studyId").stringValue()).isEqualTo(study);
            assertThat(message.get("userId").stringValue()).isEqualTo(bob.id());
            assertUser(message.get("user"), bob.id(), bob.name());
            assertThat(message.get("message").stringValue()).isEqualTo("hello");
            assertThat(message.get("type").stringValue()).isEqualTo("text");
            assertInstant(message.get("createdAt"), CLOCK.instant());
        }
        ok("ann", "chat:send-message", Map.of("studyId", study, "message", "https://img.example/a.png", "type", "image"),
                "ann-image");
        assertThat(sockets.event("bob", "chat:message-received").get("type").stringValue()).isEqualTo("image");
        ok("ann", "chat:send-message", Map.of("studyId", study, "message", "no type"), "ann-chat");
        assertThat(sockets.event("bob", "chat:message-received").get("type").stringValue()).isEqualTo("text");

        ok("bob", "chat:typing", Map.of("studyId", study, "isTyping", true), "bob-typing");
        JsonNode typing = sockets.event("ann", "chat:user-typing");
        assertKeys(typing, "userId", "user", "isTyping");
        assertThat(typing.get("userId").stringValue()).isEqualTo(bob.id());
        assertUser(typing.get("user"), bob.id(), bob.name());
        assertThat(typing.get("isTyping").booleanValue()).isTrue();
        assertThat(sockets.received("bob", "chat:user-typing")).as("the typist hears nothing of it").isFalse();

        ok("bob", "presence:status-change", Map.of("status", "away"), "bob-away");
        JsonNode status = sockets.event("ann", "presence:user-status-changed");
        assertKeys(status, "userId", "user", "status");
        assertThat(status.get("userId").stringValue()).isEqualTo(bob.id());
        assertUser(status.get("user"), bob.id(), bob.name());
        assertThat(status.get("status").stringValue()).isEqualTo("away");

        ok("bob", "presence:leave-study", Map.of("studyId", study), "bob-leaves");
        assertPresence(sockets.event("ann", "presence:user-offline"), bob);
        ok("ann", "chat:send-message", Map.of("studyId", study, "message", "gone?"), "ann-after");
        sockets.event("ann", "chat:message-received");
        assertThat(sockets.count("bob", "chat:message-received")).as("bob left the room").isEqualTo(3);
        assertThat(sockets.count("bob", "presence:user-online") + sockets.count("bob", "presence:user-offline"))
                .as("nobody is told of their own presence").isZero();
    }

    @Test
    void a_user_goes_offline_when_their_last_socket_leaves_or_drops() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        sockets.connected("bob-tab2", bob.token());
        ok("ann", "presence:join-study", Map.of("studyId", study), "ann-study");
        ok("bob", "presence:join-study", Map.of("studyId", study), "bob-study");
        ok("bob-tab2", "presence:join-study", Map.of("studyId", study), "bob2-study");
        sockets.event("ann", "presence:user-online");

        sockets.close("bob-tab2");
        sockets.await("bob-tab2", "disconnect");
        ok("bob", "presence:status-change", Map.of("status", "busy"), "bob-busy");
        assertThat(sockets.event("ann", "presence:user-status-changed").get("status").stringValue()).isEqualTo("busy");
        sockets.close("bob");

        assertPresence(sockets.event("ann", "presence:user-offline"), bob);
        assertThat(sockets.count("ann", "presence:user-online")).as("one person came online").isEqualTo(1);
        assertThat(sockets.count("ann", "presence:user-offline")).as("and went offline once").isEqualTo(1);
    }

    @Test
    void a_status_change_from_one_tab_reaches_every_study_room_the_user_is_in() {
        Person ann = person("ann");
        String algorithms = steps.study(ann);
        String databases = steps.study(ann);
        Person bob = steps.member(algorithms, ann, "bob");
        addMember(databases, ann.token(), bob.id());
        sockets.connected("ann", ann.token());
        sockets.connected("bob-tab1", bob.token());
        sockets.connected("bob-tab2", bob.token());
        ok("ann", "presence:join-study", Map.of("studyId", algorithms), "ann-algo");
        ok("ann", "presence:join-study", Map.of("studyId", databases), "ann-db");
        ok("bob-tab1", "presence:join-study", Map.of("studyId", algorithms), "bob-algo");
        ok("bob-tab2", "presence:join-study", Map.of("studyId", databases), "bob-db");

        ok("bob-tab1", "presence:status-change", Map.of("status", "busy"), "bob-busy");

        for (int i = 0; i < 2; i++) {
            JsonNode changed = sockets.event("ann", "presence:user-status-changed");
            assertThat(changed.get("userId").stringValue()).isEqualTo(bob.id());
            assertThat(changed.get("status").stringValue()).isEqualTo("busy");
        }
    }

    @Test
    void only_members_who_joined_the_study_room_may_chat_there() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person olga = person("olga");
        sockets.connected("ann", ann.token());
        sockets.connected("bob", bob.token());
        sockets.connected("olga", olga.token());
        ok("ann", "presence:join-study", Map.of("studyId", study), "ann-study");

        assertRefused("olga", "presence:join-study", Map.of("studyId", study), "olga-join", "NOT_STUDY_MEMBER");
        assertRefused("olga", "chat:send-message", Map.of("studyId", study, "message", "hi"), "olga-chat",
                "NOT_STUDY_MEMBER");
        assertRefused("olga", "chat:typing", Map.of("studyId", study, "isTyping", true), "olga-typing",
                "NOT_STUDY_MEMBER");
        assertRefused("bob", "chat:send-message", Map.of("studyId", study, "message", "hi"), "bob-chat",
                "NOT_STUDY_MEMBER");
        ok("olga", "presence:status-change", Map.of("status", "away"), "olga-away");

        ok("ann", "chat:send-message", Map.of("studyId", study, "message", "only me"), "ann-chat");
        assertThat(sockets.event("ann", "chat:message-received").get("message").stringValue()).isEqualTo("only me");
        for (String event : List.of("chat:message-received", "chat:user-typing", "presence:user-online",
                "presence:user-status-changed")) {
            assertThat(sockets.count("ann", event) - (event.equals("chat:message-received") ? 1 : 0))
                    .as("ann heard nothing of the refused %s", event).isZero();
        }
    }

    @Test
    void in_call_chat_reaches_the_room_and_counts_in_the_session_detail() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        Person carol = steps.member(study, ann, "carol");
        JsonNode session = steps.start(study, ann);
        String sessionId = session.get("id").stringValue();
        String roomId = session.get("roomId").stringValue();
        for (String as : List.of("ann", "bob")) {
            sockets.connected(as, (as.equals("ann") ? ann : bob).token());
            ok(as, "video:join-room", Map.of("studyId", study, "roomId", roomId), "join-" + as);
        }
        sockets.connected("carol", carol.token());

        ok("bob", "chat:video-message", Map.of("roomId", roomId, "message", " hi all "), "bob-1");
        for (String as : List.of("ann", "bob")) {
            JsonNode message = sockets.event(as, "chat:video-message-received");
            assertKeys(message, "id", "roomId", "userId", "user", "message", "createdAt");
            assertThat(message.get("id").stringValue()).isNotBlank();
            assertThat(message.get("roomId").stringValue()).isEqualTo(roomId);
            assertThat(message.get("userId").stringValue()).isEqualTo(bob.id());
            assertUser(message.get("user"), bob.id(), bob.name());
            assertThat(message.get("message").stringValue()).isEqualTo("hi all");
            assertInstant(message.get("createdAt"), CLOCK.instant());
        }
        ok("bob", "chat:video-message", Map.of("roomId", roomId, "message", "again"), "bob-2");
        ok("ann", "chat:video-message", Map.of("roomId", roomId, "message", "welcome"), "ann-1");
        assertRefused("carol", "chat:video-message", Map.of("roomId", roomId, "message", "let me in"), "carol-1",
                "PARTICIPANT_NOT_FOUND");

        JsonNode participants = steps.detail(study, sessionId, ann).get("participants");
        assertThat(find(participants, "userId", bob.id()).get("messageCount").intValue()).isEqualTo(2);
        assertThat(find(participants, "userId", ann.id()).get("messageCount").intValue()).isEqualTo(1);
        assertThat(sockets.count("carol", "chat:video-message-received")).isZero();
    }

    @Test
    void malformed_chat_and_presence_payloads_are_refused_and_the_server_keeps_serving() {
        Person ann = person("ann");
        String study = steps.study(ann);
        JsonNode session = steps.start(study, ann);
        String roomId = session.get("roomId").stringValue();
        sockets.connected("ann", ann.token());
        ok("ann", "video:join-room", Map.of("studyId", study, "roomId", roomId), "join");
        ok("ann", "presence:join-study", Map.of("studyId", study), "study");
        Map<String, Object> nullMessage = new HashMap<>(Map.of("roomId", roomId));
        nullMessage.put("message", null);

        List<Object[]> bad = List.of(
                new Object[]{"chat:video-message", Map.of("roomId", roomId, "message", "   ")},
                new Object[]{"chat:video-message", Map.of("roomId", roomId, "message", "x".repeat(2001))},
                new Object[]{"chat:video-message", Map.of("message", "no room")},
                new Object[]{"chat:video-message", nullMessage},
                new Object[]{"chat:video-message", "just a string"},
                new Object[]{"chat:send-message", Map.of("studyId", study, "message", "hi", "type", "system")},
                new Object[]{"chat:send-message", Map.of("studyId", study, "message", 42)},
                new Object[]{"chat:send-message", Map.of("studyId", "bad id!", "message", "hi")},
                new Object[]{"chat:typing", Map.of("studyId", study, "isTyping", "yes")},
                new Object[]{"chat:typing", Map.of("isTyping", true)},
                new Object[]{"presence:join-study", Map.of()},
                new Object[]{"presence:join-study", Map.of("studyId", 42)},
                new Object[]{"presence:leave-study", Map.of("studyId", "bad id!")},
                new Object[]{"presence:leave-study", "just a string"},
                new Object[]{"presence:status-change", Map.of("status", "invisible")},
                new Object[]{"presence:status-change", List.of("away")});
        int i = 0;
        for (Object[] event : bad) {
            assertRefused("ann", (String) event[0], event[1], "bad-" + i++, "INVALID_REQUEST");
        }

        ok("ann", "chat:video-message", Map.of("roomId", roomId, "message", "x".repeat(2000)), "longest");
        assertThat(sockets.event("ann", "chat:video-message-received").get("message").stringValue()).hasSize(2000);
        JsonNode detail = steps.detail(study, session.get("id").stringValue(), ann);
        assertThat(find(detail.get("participants"), "userId", ann.id()).get("messageCount").intValue())
                .as("only the valid message counted").isEqualTo(1);
        assertThat(sockets.count("ann", "chat:message-received")).isZero();
    }
}
