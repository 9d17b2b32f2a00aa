package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.liveness.ReapedView;
import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The heartbeat and the reaper together, on fakes: what a crash costs and what it must never cost. */
class ReapStaleParticipantsServiceTest {

    private final Fixture world = new Fixture();
    private final RecordHeartbeatService heartbeat = world.recordHeartbeat();
    private final ReapStaleParticipantsService reaper = world.reapStale();

    /** Heartbeats every 30 s for {@code seconds}; returns the instant of the last one. */
    private Instant heartbeatsFor(long seconds) {
        Instant last = world.now();
        for (long t = 0; t < seconds; t += 30) {
            last = world.advance(30);
            heartbeat.recordHeartbeat();
        }
        return last;
    }

    @Test
    void after_a_crash_everyone_is_closed_at_the_last_heartbeat_and_the_call_ends_there() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.connections.connect(new ConnectedParticipant(call, OWNER)).connect(new ConnectedParticipant(call, MEMBER));
        Instant lastHeartbeat = heartbeatsFor(300);
        world.advance(600); // the node is dead: no heartbeat, then a restart

        ReapedView reaped = reaper.reapStale();

        assertThat(reaped).isEqualTo(new ReapedView(2, 1));
        VideoCallSession stored = world.stored(call);
        assertThat(stored.participants()).flatExtracting(p -> p.segments())
                .extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsOnly(tuple(lastHeartbeat, LeaveReason.REAPED));
        assertThat(stored.endedAt()).isEqualTo(lastHeartbeat);
        assertThat(stored.durationSeconds()).isEqualTo(300);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void participants_a_live_connection_keeps_reporting_are_never_reaped() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.connections.connect(new ConnectedParticipant(call, OWNER)).connect(new ConnectedParticipant(call, MEMBER));
        heartbeatsFor(30);
        world.connections.disconnect(new ConnectedParticipant(call, MEMBER)); // Mina's node died, Olivia's lives on

        for (int run = 0; run < 20; run++) {
            heartbeatsFor(30);
            reaper.reapStale();
        }

        VideoCallSession stored = world.stored(call);
        assertThat(stored.participant(OWNER).orElseThrow().isPresent()).isTrue();
        assertThat(stored.participant(MEMBER).orElseThrow().segments()).extracting(AttendanceSegment::leaveReason)
                .containsExactly(LeaveReason.REAPED);
        assertThat(stored.isEnded()).isFalse();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void a_quiet_run_writes_nothing() {
        SessionId call = world.call(OWNER, OWNER);
        world.connections.connect(new ConnectedParticipant(call, OWNER));
        heartbeatsFor(60);

        assertThat(reaper.reapStale()).isEqualTo(new ReapedView(0, 0));

        assertThat(world.sessions.saveCount()).isZero();
    }

    @Test
    void rest_only_participants_get_the_long_stale_time_from_their_join() {
        SessionId call = world.call(OWNER, OWNER, BOB);
        Instant joined = world.now();
        world.advance(11 * 3600);

        assertThat(reaper.reapStale()).isEqualTo(new ReapedView(0, 0));

        world.advance(3600 + 1);
        assertThat(reaper.reapStale()).isEqualTo(new ReapedView(2, 1));
        assertThat(world.stored(call).endedAt()).isEqualTo(joined);
    }

    @Test
    void every_stale_call_of_every_study_is_reaped_in_one_run() {
        SessionId mine = world.call(OWNER, OWNER);
        SessionId other = world.call(OTHER_STUDY, ZOE, ZOE);
        world.connections.connect(new ConnectedParticipant(mine, OWNER)).connect(new ConnectedParticipant(other, ZOE));
        heartbeatsFor(30);
        world.advance(91);

        assertThat(reaper.reapStale()).isEqualTo(new ReapedView(2, 2));

        assertThat(world.stored(mine).isEnded()).isTrue();
        assertThat(world.stored(other).isEnded()).isTrue();
    }

    @Test
    void a_heartbeat_without_connections_writes_nothing_and_one_with_many_writes_one_batch() {
        assertThat(heartbeat.recordHeartbeat()).isZero();
        assertThat(world.liveness.batches()).isZero();

        SessionId call = world.call(OWNER, OWNER, MEMBER, BOB);
        world.connections.connect(new ConnectedParticipant(call, OWNER)).connect(new ConnectedParticipant(call, MEMBER))
                .connect(new ConnectedParticipant(call, BOB));

        assertThat(heartbeat.recordHeartbeat()).isEqualTo(3);
        assertThat(world.liveness.batches()).isEqualTo(1);
        assertThat(world.liveness.lastReported(call)).containsOnlyKeys(OWNER, MEMBER, BOB);
    }
}
