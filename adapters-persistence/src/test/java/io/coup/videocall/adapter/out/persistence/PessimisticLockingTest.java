package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC §6.2: the {@code ForUpdate} loads hold a row lock to the end of the caller's transaction. Two real
 * transactions on two threads; every wait is bounded.
 */
class PessimisticLockingTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");
    /** Long enough for an unblocked load to finish many times over; short enough to keep the suite quick. */
    private static final long BLOCKED_FOR_MS = 700;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        release.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_call_loaded_for_update_keeps_a_second_loader_waiting_until_the_first_commits() throws Exception {
        UserId host = newUserId("host");
        UserId first = newUserId("first");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        inTransaction(() -> sessions.saveSession(call));

        CountDownLatch locked = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> transaction(() -> {
            VideoCallSession mine = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            mine.admit(first, T0.plusSeconds(10));
            sessions.saveSession(mine);
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Future<VideoCallSession> waiter = threads.submit(() -> transaction(
                () -> sessions.loadSessionForUpdate(call.id()).orElseThrow()));
        assertThatThrownBy(() -> waiter.get(BLOCKED_FOR_MS, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        VideoCallSession seen = waiter.get(10, TimeUnit.SECONDS);
        assertThat(seen.participant(first)).as("the waiter read the state the holder committed").isPresent();
    }

    @Test
    void a_plain_load_does_not_wait_for_the_lock() throws Exception {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        inTransaction(() -> sessions.saveSession(call));

        CountDownLatch locked = new CountDownLatch(1);
        threads.submit(() -> transaction(() -> {
            sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Future<VideoCallSession> reader = threads.submit(() -> transaction(
                () -> sessions.loadSession(call.id()).orElseThrow()));
        assertThat(reader.get(BLOCKED_FOR_MS, TimeUnit.MILLISECONDS).id()).isEqualTo(call.id());
    }

    @Test
    void a_study_loaded_for_update_keeps_a_second_loader_waiting_until_the_first_commits() throws Exception {
        UserId owner = newUserId("owner");
        UserId newcomer = newUserId("newcomer");
        StudyId study = givenStudy(owner);
        inTransaction(() -> users.saveUser(User.known(newcomer)));

        CountDownLatch locked = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> transaction(() -> {
            Study mine = studies.loadStudyForUpdate(study).orElseThrow();
            mine.putMember(owner, newcomer, StudyRole.MEMBER, MemberStatus.ACTIVE, T0);
            studies.saveStudy(mine);
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Study> waiter = threads.submit(() -> transaction(() -> studies.loadStudyForUpdate(study).orElseThrow()));
        assertThatThrownBy(() -> waiter.get(BLOCKED_FOR_MS, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(waiter.get(10, TimeUnit.SECONDS).isActiveMember(newcomer)).isTrue();
    }

    @Test
    void a_writer_that_loaded_without_the_lock_fails_instead_of_overwriting_a_newer_version() {
        UserId host = newUserId("host");
        UserId early = newUserId("early");
        UserId late = newUserId("late");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        inTransaction(() -> sessions.saveSession(call));

        assertThatThrownBy(() -> inTransaction(() -> {
            VideoCallSession stale = sessions.loadSession(call.id()).orElseThrow();
            inTransaction(() -> {                                       // another transaction commits meanwhile
                VideoCallSession fresh = sessions.loadSessionForUpdate(call.id()).orElseThrow();
                fresh.admit(early, T0.plusSeconds(5));
                sessions.saveSession(fresh);
            });
            stale.admit(late, T0.plusSeconds(6));
            sessions.saveSession(stale);
        })).satisfies(e -> assertThat(e.getClass().getName() + " " + e.getMessage()).containsIgnoringCase("optimistic"));

        VideoCallSession stored = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
        assertThat(stored.participant(early)).isPresent();
        assertThat(stored.participant(late)).isEmpty();
    }

    private <T> T transaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
