package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.ReconciliationView;
import io.coup.videocall.domain.call.SessionId;
import org.junit.jupiter.api.Test;

import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.SETTLE_TIME;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static org.assertj.core.api.Assertions.assertThat;

class ReconcileMediaServiceTest {

    private final Fixture world = new Fixture();
    private final ReconcileMediaService service = world.reconcileMedia();

    private SessionId mediaCallOfOtherStudy() {
        SessionId id = world.call(OTHER_STUDY, ZOE, ZOE);
        world.change(id, s -> s.assignMediaRoom(world.media.openRoom(id, s.roomId()).id()));
        world.connect(id, ZOE);
        return id;
    }

    @Test
    void every_active_call_with_a_media_room_is_reconciled() {
        SessionId gone = world.mediaCall(OWNER, OWNER);
        world.media.closeRoom(gone.value());
        SessionId running = mediaCallOfOtherStudy();
        world.advance(SETTLE_TIME.toSeconds() + 1);

        ReconciliationView round = service.reconcileAll();

        assertThat(round).isEqualTo(new ReconciliationView(2, 1, 1, 0));
        assertThat(world.stored(gone).isEnded()).isTrue();
        assertThat(world.stored(running).isEnded()).isFalse();
    }

    @Test
    void a_media_server_that_is_down_ends_the_round_without_closing_anything() {
        SessionId first = world.mediaCall(OWNER, OWNER);
        SessionId second = mediaCallOfOtherStudy();
        world.media.closeRoom(first.value());
        world.advance(SETTLE_TIME.toSeconds() + 1);
        world.media.down();

        ReconciliationView round = service.reconcileAll();

        assertThat(round).isEqualTo(new ReconciliationView(2, 0, 0, 2));
        assertThat(world.media.liveConnectionQueries()).isZero();
        assertThat(world.stored(first).isEnded()).isFalse();
        assertThat(world.stored(second).isEnded()).isFalse();
    }
}
