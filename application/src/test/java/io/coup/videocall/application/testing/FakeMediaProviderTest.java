package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The media server fake keeps {@code MediaProviderPort}'s contract, so that use-case tests on it mean something. */
class FakeMediaProviderTest {

    private static final UserId ANN = UserId.of("ann");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-19T10:00:00Z"));
    private final FakeMediaProvider media = new FakeMediaProvider(MediaProvider.OPENVIDU, clock);
    private final SessionId session = SessionId.newId();
    private final String room = media.openRoom(session, RoomId.forSession(StudyId.of("algo"), session)).id();

    @Test
    void opening_a_room_twice_gives_the_same_room() {
        assertThat(media.openRoom(session, RoomId.forSession(StudyId.of("algo"), session)).id()).isEqualTo(room);
    }

    @Test
    void a_connection_is_pending_until_used_and_gone_once_disconnected() {
        String id = media.connect(room, ANN, "Ann", null).connectionId();
        assertThat(media.liveConnections(room))
                .containsExactly(new LiveConnection(id, ANN, false, clock.instant(), null));

        Instant used = clock.advanceSeconds(3);
        media.use(room, id);
        assertThat(media.liveConnections(room)).extracting(LiveConnection::active, LiveConnection::activeAt)
                .containsExactly(tuple(true, used));

        media.disconnect(room, id);
        media.disconnect(room, id);
        assertThat(media.liveConnections(room)).isEmpty();
    }

    @Test
    void a_closed_or_unknown_room_has_no_connections_and_closing_it_again_is_fine() {
        media.connect(room, ANN, null, null);
        media.closeRoom(room);
        media.closeRoom(room);

        assertThat(media.liveConnections(room)).isEmpty();
        assertThat(media.liveConnections("no-such-room")).isEmpty();
    }

    @Test
    void a_server_that_is_down_answers_nothing_until_it_comes_back() {
        media.down();
        assertThatThrownBy(() -> media.liveConnections(room)).isInstanceOf(MediaServerUnavailableException.class);
        assertThatThrownBy(() -> media.connect(room, ANN, null, null)).isInstanceOf(MediaServerUnavailableException.class);

        media.up();
        assertThat(media.liveConnections(room)).isEmpty();
    }
}
