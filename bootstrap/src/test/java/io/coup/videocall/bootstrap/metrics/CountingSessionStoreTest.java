package io.coup.videocall.bootstrap.metrics;

import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A save is counted when its transaction commits, never when it rolls back (the end-to-end test sees only commits). */
class CountingSessionStoreTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CountingSessionStore store = new CountingSessionStore(session -> { }, new CallMeters(registry));

    @BeforeEach
    void openTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void closeTransaction() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    private static VideoCallSession startedAndJoined() {
        VideoCallSession call = VideoCallSession.start(StudyId.of("algo"), null, UserId.of("ann"),
                Instant.parse("2025-11-19T10:00:00Z"), MediaProvider.MESH, 10, false);
        call.admit(UserId.of("ann"), Instant.parse("2025-11-19T10:00:01Z"));
        return call;
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    @Test
    void a_save_is_counted_once_its_transaction_commits() {
        store.saveSession(startedAndJoined());
        assertThat(count(CallMeters.STARTED) + count(CallMeters.JOINS)).as("before the commit").isZero();

        TransactionSynchronizationUtils.triggerAfterCommit();

        assertThat(count(CallMeters.STARTED)).isEqualTo(1);
        assertThat(count(CallMeters.JOINS)).isEqualTo(1);
    }

    @Test
    void a_rolled_back_save_is_never_counted() {
        store.saveSession(startedAndJoined());

        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(count(CallMeters.STARTED)).isZero();
        assertThat(count(CallMeters.JOINS)).isZero();
    }
}
