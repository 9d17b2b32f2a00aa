package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.ReconcileCallCommand;
import io.coup.videocall.application.port.in.media.ReconciledCallView;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.SETTLE_TIME;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconcileCallServiceTest {

    private final Fixture world = new Fixture();
    private final ReconcileCallService service = world.reconcileCall();

    private ReconciledCallView reconcile(SessionId call) {
        return service.reconcile(new ReconcileCallCommand(call));
    }

    @Test
    void a_settled_visit_the_media_server_no_longer_has_is_closed_as_reaped_now() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        world.media.disconnect(call.value(), mina);   // the webhook never arrived
        Instant now = world.advance(SETTLE_TIME.toSeconds() + 30);

        ReconciledCallView view = reconcile(call);

        assertThat(view.reaped()).containsExactly(MEMBER);
        assertThat(view.ended()).isFalse();
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments())
                .containsExactly(new AttendanceSegment(Fixture.T0, now, LeaveReason.REAPED));
        assertThat(world.stored(call).participant(OWNER).orElseThrow().isPresent()).isTrue();
    }

    @Test
    void a_fresh_join_without_a_connection_yet_is_left_alone() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        world.advance(60);
        world.change(call, s -> s.admit(BOB, world.now()));
        world.advance(SETTLE_TIME.toSeconds() - 1);

        ReconciledCallView view = reconcile(call);

        assertThat(view.reaped()).isEmpty();
        assertThat(world.stored(call).participant(BOB).orElseThrow().isPresent()).isTrue();
        assertThat(world.sessions.saveCount()).isZero();
    }

    @Test
    void a_pending_connection_counts_as_present() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        world.change(call, s -> s.admit(BOB, world.now()));
        world.media.connect(call.value(), BOB, "Bob", null);
        world.advance(SETTLE_TIME.toSeconds() * 10);

        assertThat(reconcile(call).reaped()).isEmpty();
    }

    @Test
    void when_nobody_is_left_the_call_ends_and_is_announced() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        world.media.closeRoom(call.value());
        Instant now = world.advance(SETTLE_TIME.toSeconds() + 1);

        ReconciledCallView view = reconcile(call);

        assertThat(view.reaped()).containsExactlyInAnyOrder(OWNER, MEMBER);
        assertThat(view.ended()).isTrue();
        assertThat(world.stored(call).endedAt()).isEqualTo(now);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void reconciling_twice_changes_nothing_the_second_time() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        world.media.disconnect(call.value(), world.media.liveConnections(call.value()).get(1).connectionId());
        world.advance(SETTLE_TIME.toSeconds() + 1);
        reconcile(call);
        world.advance(60);

        ReconciledCallView again = reconcile(call);

        assertThat(again.reaped()).isEmpty();
        assertThat(again.ended()).isFalse();
        assertThat(world.sessions.saveCount()).isEqualTo(1);
    }

    @Test
    void calls_without_a_media_room_and_ended_calls_are_not_asked_about() {
        SessionId mesh = world.call(OWNER, OWNER);
        world.advance(SETTLE_TIME.toSeconds() + 1);

        assertThat(reconcile(mesh).reaped()).isEmpty();
        assertThat(world.stored(mesh).isEnded()).isFalse();
        assertThat(world.media.liveConnectionQueries()).isZero();
    }

    @Test
    void a_media_server_that_cannot_answer_closes_nothing() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        world.advance(SETTLE_TIME.toSeconds() + 1);
        world.media.down();

        assertThatThrownBy(() -> reconcile(call)).isInstanceOf(MediaServerUnavailableException.class);
        assertThat(world.stored(call).participant(OWNER).orElseThrow().isPresent()).isTrue();
        assertThat(world.sessions.saveCount()).isZero();
    }
}
