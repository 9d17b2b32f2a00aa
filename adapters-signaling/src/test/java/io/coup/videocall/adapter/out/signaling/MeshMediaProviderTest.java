package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeshMediaProviderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final SessionId SESSION = SessionId.of("2b5c6a1e-9d0f-4c1b-8a51-5c0b9e4d7f10");
    private static final RoomId ROOM = RoomId.of("study-algo-2b5c6a1e");
    private static final UserId ANN = UserId.of("ann");

    private final RoomTickets tickets = new RoomTickets(RoomTicketsTest.SECRET, Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final RecordingSocketRooms rooms = new RecordingSocketRooms();
    private final MeshMediaProvider mesh = new MeshMediaProvider(tickets, rooms);

    @AfterEach
    void clearSynchronization() {
        Transactions.reset();
    }

    @Test
    void the_room_names_the_call_and_its_signaling_room_and_opening_it_again_gives_the_same() {
        assertThat(mesh.provider()).isEqualTo(MediaProvider.MESH);
        assertThat(mesh.openRoom(SESSION, ROOM).id()).isEqualTo(SESSION.value() + "/" + ROOM.value())
                .isEqualTo(mesh.openRoom(SESSION, ROOM).id());
    }

    @Test
    void a_connection_is_a_ticket_for_exactly_that_call_and_room() {
        String mediaRoomId = mesh.openRoom(SESSION, ROOM).id();

        MediaConnection connection = mesh.connect(mediaRoomId, ANN, "Ann", null);

        RoomTicket ticket = tickets.verify(connection.token()).orElseThrow();
        assertThat(ticket.id()).isEqualTo(connection.connectionId());
        assertThat(ticket.userId()).isEqualTo(ANN);
        assertThat(ticket.sessionId()).isEqualTo(SESSION);
        assertThat(ticket.roomId()).isEqualTo(ROOM);
        assertThat(ticket.name()).isEqualTo("Ann");
        assertThat(connection.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void disconnecting_revokes_the_ticket_and_ends_its_sockets_after_the_commit() {
        String mediaRoomId = mesh.openRoom(SESSION, ROOM).id();
        MediaConnection connection = mesh.connect(mediaRoomId, ANN, null, null);

        Transactions.begin();
        mesh.disconnect(mediaRoomId, connection.connectionId());
        assertThat(rooms.done).isEmpty();
        assertThat(tickets.verify(connection.token())).isPresent();
        Transactions.end(true);

        assertThat(rooms.done).containsExactly("disconnect " + connection.connectionId());
        assertThat(tickets.verify(connection.token())).isEmpty();
    }

    @Test
    void a_rolled_back_disconnect_changes_nothing() {
        String mediaRoomId = mesh.openRoom(SESSION, ROOM).id();
        MediaConnection connection = mesh.connect(mediaRoomId, ANN, null, null);

        Transactions.begin();
        mesh.disconnect(mediaRoomId, connection.connectionId());
        mesh.closeRoom(mediaRoomId);
        Transactions.end(false);

        assertThat(rooms.done).isEmpty();
        assertThat(tickets.verify(connection.token())).isPresent();
    }

    @Test
    void closing_the_room_ends_the_ticket_sockets_of_that_room() {
        mesh.closeRoom(mesh.openRoom(SESSION, ROOM).id());

        assertThat(rooms.done).containsExactly("disconnect tickets of " + ROOM.value());
    }

    @Test
    void the_live_connections_are_the_sockets_in_the_signaling_room() {
        LiveConnection socket = new LiveConnection("t-1", ANN, true, NOW, NOW);
        rooms.connections.put(ROOM, List.of(socket));

        assertThat(mesh.liveConnections(mesh.openRoom(SESSION, ROOM).id())).containsExactly(socket);
        assertThat(mesh.liveConnections(mesh.openRoom(SESSION, RoomId.of("study-algo-other")).id())).isEmpty();
    }

    @Test
    void a_kicked_socket_is_told_before_it_is_cut_whatever_order_the_use_case_asked_in() {
        String mediaRoomId = mesh.openRoom(SESSION, ROOM).id();
        SocketIoCallNotifier notifier = new SocketIoCallNotifier(rooms);

        Transactions.begin();
        mesh.disconnect(mediaRoomId, "t-1");
        notifier.kicked(ANN, SESSION, UserId.of("bob"));
        Transactions.end(true);

        assertThat(rooms.done).containsExactly("user:ann video:kicked {sessionId=" + SESSION.value() + ", by=bob}",
                "remove ann from " + SESSION.value(), "disconnect t-1");
    }
}
