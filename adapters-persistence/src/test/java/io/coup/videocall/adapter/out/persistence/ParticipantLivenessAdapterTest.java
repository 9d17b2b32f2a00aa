package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static io.coup.videocall.adapter.out.persistence.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeat writes, the reaper's pre-selection and its lock, on PostgreSQL. */
class ParticipantLivenessAdapterTest extends PostgresAdapterTest {

    /** Far in the future, so no other test's calls (all in 2025/2026) are fresh by comparison. */
    private static final Instant T0 = at("2031-05-01T10:00:00Z");
    private static final Staleness STALENESS = new Staleness(Duration.ofSeconds(90), Duration.ofHours(12));

    @Autowired
    private ParticipantLivenessAdapter liveness;

    @Autowired
    private LockProvider locks;

    private VideoCallSession givenCall(UserId starter, UserId... present) {
        StudyId study = givenStudy(starter);
        VideoCallSession call = VideoCallSession.start(study, null, starter, T0, MediaProvider.MESH, 10, false);
        for (UserId user : present) {
            call.admit(user, T0);
        }
        inTransaction(() -> sessions.saveSession(call));
        return call;
    }

    private void markSeen(Instant at, ConnectedParticipant... participants) {
        inTransaction(() -> liveness.markSeen(List.of(participants), at));
    }

    private List<SessionId> candidates(Instant now) {
        return inTransaction(() -> liveness.reapCandidates(STALENESS, now, 1000));
    }

    @Test
    void a_heartbeat_marks_present_participants_of_the_given_calls_only() {
        UserId alice = newUserId("alice");
        UserId bob = newUserId("bob");
        VideoCallSession call = givenCall(alice, alice, bob);
        VideoCallSession other = givenCall(bob, bob);
        call.leave(bob, T0.plusSeconds(5), LeaveReason.LEFT);
        inTransaction(() -> sessions.saveSession(call));

        markSeen(T0.plusSeconds(30), new ConnectedParticipant(call.id(), alice), new ConnectedParticipant(call.id(), bob));

        assertThat(inTransaction(() -> liveness.lastReported(call.id())))
                .as("Bob left: a late heartbeat does not mark him").isEqualTo(Map.of(alice, T0.plusSeconds(30)));
        assertThat(inTransaction(() -> liveness.lastReported(other.id()))).isEmpty();
    }

    @Test
    void saving_a_call_changed_meanwhile_never_overwrites_a_report() {
        UserId alice = newUserId("alice");
        VideoCallSession call = givenCall(alice, alice);

        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            markSeen(T0.plusSeconds(30), new ConnectedParticipant(call.id(), alice)); // commits on its own meanwhile
            locked.switchMedia(alice, MediaKind.AUDIO_MUTED, true, T0.plusSeconds(40));
            sessions.saveSession(locked);
        });

        assertThat(inTransaction(() -> liveness.lastReported(call.id()))).isEqualTo(Map.of(alice, T0.plusSeconds(30)));
        assertThat(inTransaction(() -> sessions.loadSession(call.id()).orElseThrow()).participant(alice).orElseThrow()
                .isMuted()).isTrue();
    }

    @Test
    void the_pre_selection_finds_exactly_the_calls_the_domain_would_reap() {
        UserId u = newUserId("u");
        VideoCallSession fresh = givenCall(u, u);
        markSeen(T0.plusSeconds(600), new ConnectedParticipant(fresh.id(), u));
        VideoCallSession silent = givenCall(u, u);
        markSeen(T0.plusSeconds(500), new ConnectedParticipant(silent.id(), u));
        VideoCallSession restOnly = givenCall(u, u);
        VideoCallSession empty = givenCall(u);
        VideoCallSession ended = givenCall(u, u);
        ended.end(T0.plusSeconds(1));
        inTransaction(() -> sessions.saveSession(ended));
        Instant now = T0.plusSeconds(680);

        assertThat(candidates(now)).contains(silent.id())
                .doesNotContain(fresh.id(), restOnly.id(), empty.id(), ended.id());
        assertThat(candidates(T0.plusSeconds(12 * 3600 + 1))).contains(fresh.id(), silent.id(), restOnly.id(), empty.id())
                .doesNotContain(ended.id());
        for (VideoCallSession call : List.of(fresh, silent, restOnly, empty)) {
            Map<UserId, Instant> reported = inTransaction(() -> liveness.lastReported(call.id()));
            VideoCallSession copy = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
            boolean domainReaps = !copy.reap(reported, STALENESS, now).isEmpty() || copy.isEnded();
            assertThat(candidates(now).contains(call.id())).as("call %s", call.id()).isEqualTo(domainReaps);
        }
    }

    @Test
    void a_report_from_an_earlier_visit_leaves_the_participant_to_the_long_stale_time() {
        UserId alice = newUserId("alice");
        UserId bob = newUserId("bob");
        VideoCallSession call = givenCall(alice, alice, bob);
        markSeen(T0.plusSeconds(10), new ConnectedParticipant(call.id(), alice));
        VideoCallSession changed = inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.leave(alice, T0.plusSeconds(20), LeaveReason.LEFT);
            locked.admit(alice, T0.plusSeconds(30));
            sessions.saveSession(locked);
            return locked;
        });
        markSeen(T0.plusSeconds(600), new ConnectedParticipant(changed.id(), bob));

        assertThat(candidates(T0.plusSeconds(650))).doesNotContain(call.id());
    }

    @Test
    void the_lock_is_held_by_one_at_a_time_until_released() {
        LockConfiguration config = new LockConfiguration(Instant.now(), unique("lock"), Duration.ofMinutes(1),
                Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        Optional<SimpleLock> second = locks.lock(config);
        first.orElseThrow().unlock();
        Optional<SimpleLock> third = locks.lock(config);

        assertThat(first).isPresent();
        assertThat(second).as("taken").isEmpty();
        assertThat(third).as("released").isPresent();
        third.orElseThrow().unlock();
    }
}
