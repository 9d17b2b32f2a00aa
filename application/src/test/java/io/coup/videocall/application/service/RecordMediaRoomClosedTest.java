package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaRoomClosedCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static org.assertj.core.api.Assertions.assertThat;

class RecordMediaRoomClosedTest {

    private final Fixture world = new Fixture();
    private final RecordMediaEventsService service = world.recordMediaEvents();

    /** The media server closed the room: what its webhook delivers afterwards. */
    private MediaEventOutcome closed(SessionId call, Instant at) {
        String room = world.stored(call).mediaRoomId();
        world.media.closeRoom(room);
        return service.recordRoomClosed(new MediaRoomClosedCommand(room, at));
    }

    @Test
    void a_closed_room_ends_the_call_at_the_reported_instant() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        Instant closedAt = world.advance(120);
        world.advance(3);

        MediaEventOutcome outcome = closed(call, closedAt);

        assertThat(outcome).isEqualTo(MediaEventOutcome.APPLIED);
        assertThat(world.stored(call).endedAt()).isEqualTo(closedAt);
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments())
                .extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(org.assertj.core.api.Assertions.tuple(closedAt, LeaveReason.SESSION_ENDED));
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void the_same_report_twice_ends_the_call_once() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        Instant closedAt = world.advance(120);
        closed(call, closedAt);
        world.advance(60);

        MediaEventOutcome again = closed(call, closedAt.plusSeconds(30));

        assertThat(again).isEqualTo(MediaEventOutcome.CALL_ENDED);
        assertThat(world.stored(call).endedAt()).isEqualTo(closedAt);
        assertThat(world.sessions.saveCount()).isEqualTo(1);
        assertThat(world.notifier.notices()).hasSize(1);
    }

    @Test
    void a_late_report_of_a_room_opened_again_since_keeps_the_call() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        Instant closedAt = world.advance(60);
        world.media.closeRoom(call.value());
        world.advance(5);
        world.connect(call, OWNER);

        MediaEventOutcome outcome = service.recordRoomClosed(new MediaRoomClosedCommand(call.value(), closedAt));

        assertThat(outcome).isEqualTo(MediaEventOutcome.STILL_CONNECTED);
        assertThat(world.stored(call).isEnded()).isFalse();
    }

    @Test
    void a_report_older_than_a_visit_keeps_the_call() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        Instant closedAt = world.advance(60);
        world.change(call, s -> s.leave(MEMBER, closedAt.minusSeconds(1), LeaveReason.LEFT));
        world.change(call, s -> s.admit(MEMBER, world.advance(10)));

        assertThat(closed(call, closedAt)).isEqualTo(MediaEventOutcome.SUPERSEDED);
        assertThat(world.stored(call).isEnded()).isFalse();
    }

    @Test
    void an_unknown_room_changes_nothing() {
        world.mediaCall(OWNER, OWNER);

        assertThat(service.recordRoomClosed(new MediaRoomClosedCommand("ses_unknown", world.now())))
                .isEqualTo(MediaEventOutcome.UNKNOWN_CALL);
        assertThat(world.sessions.saveCount()).isZero();
    }
}
