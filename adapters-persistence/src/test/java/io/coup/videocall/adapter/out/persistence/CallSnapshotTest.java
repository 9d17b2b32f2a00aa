package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code loadSnapshot} and {@code loadActiveSnapshot}: a call's stored fields read as values, which a quick-join reads
 * before it locks the call to join it.
 */
class CallSnapshotTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    private UserId host;
    private StudyId study;

    private VideoCallSession storedCall() {
        host = newUserId("host");
        study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, "review", host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        inTransaction(() -> sessions.saveSession(call));
        return call;
    }

    @Test
    void a_call_is_read_with_its_stored_fields_by_id_and_while_in_progress_by_study() {
        VideoCallSession call = storedCall();

        assertThat(inTransaction(() -> sessions.loadSnapshot(call.id()))).contains(call.snapshot());
        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).contains(call.snapshot());
        assertThat(inTransaction(() -> sessions.loadSnapshot(SessionId.newId()))).isEmpty();

        call.leave(host, T0.plusSeconds(60), LeaveReason.LEFT);
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id(), host).orElseThrow();
            locked.leave(host, T0.plusSeconds(60), LeaveReason.LEFT);
            sessions.saveSession(locked);
        });
        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).isEmpty();
        assertThat(inTransaction(() -> sessions.loadSnapshot(call.id()))).contains(call.snapshot());
    }

    @Test
    void a_call_read_as_a_value_is_locked_later_in_the_transaction_as_it_is_then() {
        VideoCallSession call = storedCall();
        UserId meanwhile = newUserId("meanwhile");
        UserId late = newUserId("late");

        VideoCallSession locked = inTransaction(() -> {
            SessionId seen = sessions.loadSnapshot(call.id()).orElseThrow().id();
            joinAlone(call.id(), meanwhile);
            return sessions.loadSessionForUpdate(seen, late).orElseThrow();
        });

        assertThat(locked.presentCount()).isEqualTo(2);
    }

    /** Why the quick-join reads a value: a call entity read before the lock is version-checked when locked. */
    @Test
    void a_call_loaded_whole_then_changed_elsewhere_cannot_be_locked_in_the_same_transaction() {
        VideoCallSession call = storedCall();

        assertThatThrownBy(() -> inTransaction(() -> {
            sessions.loadSession(call.id()).orElseThrow();
            joinAlone(call.id(), newUserId("meanwhile"));
            return sessions.loadSessionForUpdate(call.id(), newUserId("late"));
        })).isInstanceOf(OptimisticLockException.class);
    }

    /** Joins in a transaction of its own, committed before this returns. */
    private void joinAlone(SessionId id, UserId person) {
        inTransaction(() -> {
            VideoCallSession other = sessions.loadSessionForUpdate(id, person).orElseThrow();
            other.admit(person, T0.plusSeconds(30));
            sessions.saveSession(other);
        });
    }
}
