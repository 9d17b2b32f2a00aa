package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectedSocketsTest {

    private final ConnectedSockets sockets = new ConnectedSockets();
    private final CallMembership call = new CallMembership(StudyId.of("algo"), SessionId.of("s1"), RoomId.of("study-algo-s1"));
    private final CallMembership other = new CallMembership(StudyId.of("algo"), SessionId.of("s2"), RoomId.of("study-algo-s2"));
    private final SocketUser ann = new SocketUser("ann", "Ann", null);

    @Test
    void only_authenticated_sockets_are_known() {
        UUID socket = UUID.randomUUID();
        assertThat(sockets.get(socket)).isEmpty();

        sockets.authenticated(socket, ann, Instant.EPOCH);

        assertThat(sockets.get(socket).orElseThrow().user()).isEqualTo(ann);
        assertThat(sockets.get(socket).orElseThrow().call()).isNull();
    }

    @Test
    void a_room_lists_its_sockets_with_their_media_state() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        sockets.authenticated(a, ann, Instant.EPOCH);
        sockets.authenticated(b, new SocketUser("bob", null, null), Instant.EPOCH);
        sockets.joined(a, call, true, false);
        sockets.joined(b, other, false, false);
        sockets.media(a, null, true, true);

        assertThat(sockets.inRoom(call.roomId())).singleElement().satisfies(e -> {
            assertThat(e.socketId()).isEqualTo(a);
            assertThat(e.muted()).isTrue();
            assertThat(e.videoOff()).isTrue();
            assertThat(e.sharing()).isTrue();
        });
    }

    @Test
    void a_socket_leaves_its_call_once_and_the_other_tab_stays_in_the_room() {
        UUID tab1 = UUID.randomUUID();
        UUID tab2 = UUID.randomUUID();
        sockets.authenticated(tab1, ann, Instant.EPOCH);
        sockets.authenticated(tab2, ann, Instant.EPOCH);
        sockets.joined(tab1, call, false, false);
        sockets.joined(tab2, call, false, false);

        assertThat(sockets.left(tab2)).contains(call);
        assertThat(sockets.inRoom(call.roomId())).extracting(ConnectedSockets.Entry::socketId).containsExactly(tab1);
        assertThat(sockets.left(tab2)).isEmpty();
    }
}
