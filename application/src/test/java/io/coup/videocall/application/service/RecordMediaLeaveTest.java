package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaLeaveCommand;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.CAROL;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RecordMediaLeaveTest {

    private final Fixture world = new Fixture();
    private final RecordMediaEventsService service = world.recordMediaEvents();

    /** The media server dropped the connection: what its webhook delivers after removing it. */
    private MediaEventOutcome left(SessionId call, String connectionId, UserId user, Instant at, LeaveReason reason) {
        String room = world.stored(call).mediaRoomId();
        world.media.disconnect(room, connectionId);
        return service.recordLeave(new MediaLeaveCommand(room, connectionId, user, at, reason));
    }

    private Participant participant(SessionId call, UserId user) {
        return world.stored(call).participant(user).orElseThrow();
    }

    @Test
    void a_leave_closes_the_visit_at_the_reported_instant_with_the_reason() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant leftAt = world.advance(60);
        world.advance(5);

        MediaEventOutcome outcome = left(call, mina, MEMBER, leftAt, LeaveReason.LEFT);

        assertThat(outcome).isEqualTo(MediaEventOutcome.APPLIED);
        assertThat(participant(call, MEMBER).segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(leftAt, LeaveReason.LEFT));
        assertThat(world.stored(call).isEnded()).isFalse();
        assertThat(world.sessions.saveCount()).isEqualTo(1);
    }

    @Test
    void the_same_report_twice_counts_once() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant leftAt = world.advance(60);
        left(call, mina, MEMBER, leftAt, LeaveReason.DISCONNECTED);
        world.advance(30);

        MediaEventOutcome again = left(call, mina, MEMBER, leftAt, LeaveReason.DISCONNECTED);

        assertThat(again).isEqualTo(MediaEventOutcome.ALREADY_LEFT);
        assertThat(participant(call, MEMBER).attendedMillis(world.now())).isEqualTo(60_000);
        assertThat(world.sessions.saveCount()).isEqualTo(1);
    }

    @Test
    void a_late_report_of_a_visit_that_is_over_leaves_the_new_visit_alone() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String first = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant droppedAt = world.advance(60);
        world.change(call, s -> s.leave(MEMBER, droppedAt, LeaveReason.DISCONNECTED));
        Instant back = world.advance(40);
        world.change(call, s -> s.admit(MEMBER, back));
        world.connect(call, MEMBER);
        world.advance(20);

        MediaEventOutcome outcome = left(call, first, MEMBER, droppedAt, LeaveReason.DISCONNECTED);

        assertThat(outcome).isEqualTo(MediaEventOutcome.SUPERSEDED);
        assertThat(participant(call, MEMBER).isPresent()).isTrue();
        assertThat(participant(call, MEMBER).attendedMillis(world.now())).isEqualTo(60_000 + 20_000);
    }

    @Test
    void a_person_still_connected_from_another_device_stays() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String laptop = world.media.liveConnections(call.value()).get(1).connectionId();
        world.connect(call, MEMBER);
        Instant at = world.advance(60);

        MediaEventOutcome outcome = left(call, laptop, MEMBER, at, LeaveReason.LEFT);

        assertThat(outcome).isEqualTo(MediaEventOutcome.STILL_CONNECTED);
        assertThat(participant(call, MEMBER).isPresent()).isTrue();
    }

    @Test
    void a_not_yet_used_connection_of_a_reconnect_keeps_the_person_present() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String old = world.media.liveConnections(call.value()).get(1).connectionId();
        world.media.connect(call.value(), MEMBER, null, null);
        Instant at = world.advance(10);

        assertThat(left(call, old, MEMBER, at, LeaveReason.DISCONNECTED)).isEqualTo(MediaEventOutcome.STILL_CONNECTED);
    }

    @Test
    void the_report_of_the_connection_itself_does_not_count_as_still_connected() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant at = world.advance(10);
        String room = world.stored(call).mediaRoomId();

        // Delivered before the media server forgot the connection: it is the one leaving, not another.
        MediaEventOutcome outcome = service.recordLeave(new MediaLeaveCommand(room, mina, MEMBER, at, LeaveReason.LEFT));

        assertThat(outcome).isEqualTo(MediaEventOutcome.APPLIED);
        assertThat(participant(call, MEMBER).isPresent()).isFalse();
    }

    @Test
    void the_last_leave_ends_the_call_and_announces_it() {
        SessionId call = world.mediaCall(OWNER, OWNER);
        String olivia = world.media.liveConnections(call.value()).get(0).connectionId();
        Instant at = world.advance(90);

        left(call, olivia, OWNER, at, LeaveReason.LEFT);

        assertThat(world.stored(call).endedAt()).isEqualTo(at);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void an_instant_reported_in_the_future_counts_as_now() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant now = world.advance(30);

        left(call, mina, MEMBER, now.plusSeconds(3600), LeaveReason.LEFT);

        assertThat(participant(call, MEMBER).leftAt()).isEqualTo(now);
    }

    @Test
    void reports_for_unknown_rooms_ended_calls_and_strangers_change_nothing() {
        SessionId ended = world.mediaCall(OWNER, OWNER);
        String olivia = world.media.liveConnections(ended.value()).get(0).connectionId();
        world.change(ended, s -> s.end(world.advance(10)));
        SessionId running = world.mediaCall(BOB, BOB);
        Instant at = world.advance(10);
        long queries = world.media.liveConnectionQueries();

        assertThat(service.recordLeave(new MediaLeaveCommand("no-such-room", "con_x", BOB, at, LeaveReason.LEFT)))
                .isEqualTo(MediaEventOutcome.UNKNOWN_CALL);
        assertThat(service.recordLeave(new MediaLeaveCommand(ended.value(), olivia, OWNER, at, LeaveReason.LEFT)))
                .isEqualTo(MediaEventOutcome.CALL_ENDED);
        assertThat(service.recordLeave(new MediaLeaveCommand(running.value(), "con_x", CAROL, at, LeaveReason.LEFT)))
                .isEqualTo(MediaEventOutcome.UNKNOWN_PARTICIPANT);
        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.media.liveConnectionQueries()).as("the media server is not asked").isEqualTo(queries);
    }

    @Test
    void a_media_server_that_cannot_answer_leaves_attendance_as_it_was() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String mina = world.media.liveConnections(call.value()).get(1).connectionId();
        Instant at = world.advance(10);
        world.media.down();

        assertThatThrownBy(() -> service.recordLeave(new MediaLeaveCommand(call.value(), mina, MEMBER, at, LeaveReason.LEFT)))
                .isInstanceOf(MediaServerUnavailableException.class);
        assertThat(participant(call, MEMBER).isPresent()).isTrue();
        assertThat(world.sessions.saveCount()).isZero();
    }
}
