package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.signaling.RoomTickets;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4.3 / §5.1: a mesh room ticket opens a socket with the official socket.io-client in place of the platform
 * JWT and lets it into exactly its call room; an expired or tampered ticket is refused.
 */
class MeshTicketEndToEndTest extends SocketEndToEndTest {

    private final Steps steps = new Steps(this);

    @Autowired
    RoomTickets tickets;

    private record Call(String study, String sessionId, String roomId) {
    }

    private Call call(Person owner) {
        String study = steps.study(owner);
        JsonNode session = steps.start(study, owner);
        return new Call(study, session.get("id").stringValue(), session.get("roomId").stringValue());
    }

    private String ticket(Person who, Call call) {
        return tickets.issue(UserId.of(who.id()), SessionId.of(call.sessionId()), RoomId.of(call.roomId()), who.name(), null)
                .token();
    }

    private static Map<String, Object> join(Call call) {
        return Map.of("studyId", call.study(), "roomId", call.roomId());
    }

    private void assertRefused(String as, String tag, String code) {
        JsonNode ack = sockets.ack(as, tag);
        assertKeys(ack, "ok", "code", "message");
        assertThat(ack.get("ok").asBoolean()).isFalse();
        assertThat(ack.get("code").stringValue()).as("ack %s", ack).isEqualTo(code);
    }

    @Test
    void a_ticket_socket_joins_its_room_and_is_seen_by_the_others() {
        Person ann = person("ann");
        Call call = call(ann);
        Person bob = steps.member(call.study(), ann, "bob");
        sockets.connected("ann", ann.token());
        assertThat(sockets.emitAndAck("ann", "video:join-room", join(call), "join-ann").get("ok").asBoolean()).isTrue();

        String bobSocket = sockets.connected("bob", ticket(bob, call));
        JsonNode ack = sockets.emitAndAck("bob", "video:join-room", join(call), "join-bob");

        assertThat(ack.get("ok").asBoolean()).as("ack %s", ack).isTrue();
        JsonNode joined = sockets.event("ann", "video:user-joined");
        assertThat(joined.get("socketId").stringValue()).isEqualTo(bobSocket);
        assertThat(joined.get("userId").stringValue()).isEqualTo(bob.id());
        assertThat(joined.get("user").get("name").stringValue()).isEqualTo(bob.name());
        assertThat(steps.status(call.study(), ann).get("onlineCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_ticket_socket_may_not_join_another_room_nor_use_study_events() {
        Person ann = person("ann");
        Call first = call(ann);
        Call second = call(ann);
        sockets.connected("ann", ticket(ann, first));

        sockets.emit("ann", "video:join-room", join(second), "other-room");
        assertRefused("ann", "other-room", "PERMISSION_DENIED");
        sockets.emit("ann", "presence:join-study", Map.of("studyId", first.study()), "presence");
        assertRefused("ann", "presence", "PERMISSION_DENIED");
        sockets.emit("ann", "chat:send-message", Map.of("studyId", first.study(), "message", "hi", "type", "text"), "chat");
        assertRefused("ann", "chat", "PERMISSION_DENIED");

        assertThat(sockets.emitAndAck("ann", "video:join-room", join(first), "own-room").get("ok").asBoolean()).isTrue();
        assertThat(steps.status(second.study(), ann).get("onlineCount").asInt()).isZero();
    }

    @Test
    void an_expired_or_a_tampered_ticket_is_refused_at_the_handshake() {
        Person ann = person("ann");
        Call call = call(ann);
        String expired = ticket(ann, call);
        CLOCK.advance(tickets.ttl().plus(Duration.ofMinutes(1)));
        String valid = ticket(ann, call);
        String tampered = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");

        Map<String, String> refused = Map.of("expired", expired, "tampered", tampered);
        refused.forEach((as, token) -> sockets.connect(as, token));

        refused.keySet().forEach(as -> assertThat(sockets.await(as, "connect_error").get("message").stringValue())
                .as(as).isEqualTo("unauthorized"));
    }
}
