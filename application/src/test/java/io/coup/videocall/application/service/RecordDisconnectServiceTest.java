package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.DisconnectCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecordDisconnectServiceTest {

    private final Fixture world = new Fixture();
    private final RecordDisconnectService service = world.recordDisconnect();

    private void disconnect(SessionId call, UserId user, Instant at) {
        service.recordDisconnect(new DisconnectCommand(STUDY, call, user, at));
    }

    @Test
    void a_drop_closes_the_segment_at_the_disconnect_instant_as_disconnected_even_when_recorded_later() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, true, world.now()));
        Instant droppedAt = world.advance(60);
        world.advance(15);

        disconnect(call, MEMBER, droppedAt);

        Participant mina = world.stored(call).participant(MEMBER).orElseThrow();
        assertThat(mina.segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(droppedAt, LeaveReason.DISCONNECTED));
        assertThat(mina.attendedMillis(world.now())).isEqualTo(60_000);
        assertThat(mina.mediaMillis(MediaKind.AUDIO_MUTED, world.now())).isEqualTo(60_000);
        assertThat(world.stored(call).isEnded()).isFalse();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void the_last_drop_ends_the_call_at_the_disconnect_instant() {
        SessionId call = world.call(OWNER, OWNER);
        Instant droppedAt = world.advance(30);
        world.advance(15);

        disconnect(call, OWNER, droppedAt);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.isEnded()).isTrue();
        assertThat(stored.endedAt()).isEqualTo(droppedAt);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void an_instant_in_the_future_is_recorded_as_now() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant now = world.advance(10);

        disconnect(call, MEMBER, now.plusSeconds(3600));

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().leftAt()).isEqualTo(now);
    }

    @Test
    void a_drop_after_leaving_changes_nothing() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant leftAt = world.advance(10);
        world.change(call, s -> s.leave(MEMBER, leftAt, LeaveReason.LEFT));
        int saves = world.sessions.saveCount();

        disconnect(call, MEMBER, world.advance(5));

        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments())
                .extracting(AttendanceSegment::leaveReason).containsExactly(LeaveReason.LEFT);
    }

    @Test
    void someone_who_never_joined_or_an_outsider_is_refused() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> disconnect(call, BOB, world.now()));
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> disconnect(call, OUTSIDER, world.now()));
    }
}
