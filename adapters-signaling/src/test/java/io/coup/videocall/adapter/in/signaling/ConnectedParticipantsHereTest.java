package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.FutureTask;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom the heartbeat reports: sockets in call rooms, once per person, and drops still within their grace. */
class ConnectedParticipantsHereTest {

    private static final CallMembership CALL = new CallMembership(StudyId.of("algo"), SessionId.of("s1"),
            RoomId.of("study-algo-s1"));
    private static final CallMembership OTHER = new CallMembership(StudyId.of("algo"), SessionId.of("s2"),
            RoomId.of("study-algo-s2"));

    private final ConnectedSockets sockets = new ConnectedSockets();
    /** A grace that never ends by itself in this test. */
    private final GraceOnDisconnect grace = new GraceOnDisconnect(command -> { }, Duration.ofSeconds(15),
            (task, delay) -> new FutureTask<>(task, null), (room, user) -> false, () -> { }, Duration.ofSeconds(1));
    private final ConnectedParticipantsHere here = new ConnectedParticipantsHere(sockets, grace);

    private UUID socket(String user, CallMembership call) {
        UUID id = UUID.randomUUID();
        sockets.authenticated(id, new SocketUser(user, null, null), Instant.parse("2025-11-19T10:00:00Z"));
        if (call != null) {
            sockets.joined(id, call, false, false);
        }
        return id;
    }

    @Test
    void people_in_call_rooms_are_reported_once_whatever_their_number_of_tabs() {
        socket("ann", CALL);
        socket("ann", CALL);
        socket("bob", OTHER);
        socket("carl", null);

        assertThat(here.connectedHere()).containsExactlyInAnyOrder(
                new ConnectedParticipant(CALL.sessionId(), UserId.of("ann")),
                new ConnectedParticipant(OTHER.sessionId(), UserId.of("bob")));
    }

    @Test
    void a_drop_within_its_grace_is_still_reported_until_the_person_is_forgotten_or_recorded() {
        UUID ann = socket("ann", CALL);
        sockets.left(ann);
        sockets.remove(ann);
        grace.lastSocketDropped(CALL, UserId.of("ann"), Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(here.connectedHere()).containsExactly(new ConnectedParticipant(CALL.sessionId(), UserId.of("ann")));

        grace.rejoining(CALL, UserId.of("ann"));
        assertThat(here.connectedHere()).isEmpty();
    }
}
