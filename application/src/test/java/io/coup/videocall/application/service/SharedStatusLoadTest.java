package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.testing.InMemoryStatusProbes;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Status requests that find the cached call stale at the same time: they share one load if it is at least as new as
 * what they read, and only then.
 */
class SharedStatusLoadTest {

    private static final long TIMEOUT_SECONDS = 10;

    private final Fixture world = new Fixture();
    private final GatedLoader loader = new GatedLoader(world);
    private final GetCallStatusService service = new GetCallStatusService(
            new InMemoryStatusProbes(world.studies, world.sessions), loader, world.presence, world.currentCalls,
            world.clock);
    private final ExecutorService requests = Executors.newCachedThreadPool();

    @AfterEach
    void stopRequests() {
        loader.gate.countDown();
        requests.shutdownNow();
    }

    @Test
    void requests_that_find_the_copy_stale_while_it_loads_wait_for_that_load() throws Exception {
        world.call(OWNER, OWNER, MEMBER);
        Future<CallStatusView> first = loadingRequest(OWNER);
        Future<CallStatusView> second = waitingRequest(MEMBER);
        loader.gate.countDown();

        assertThat(userIds(first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))).containsExactly("olivia", "mina");
        assertThat(userIds(second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))).containsExactly("olivia", "mina");
        assertThat(loader.loads).hasValue(1);
    }

    @Test
    void a_request_that_read_a_later_revision_loads_without_waiting_for_an_earlier_load() throws Exception {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Future<CallStatusView> first = loadingRequest(OWNER);
        world.change(call, s -> s.admit(BOB, world.now()));

        assertThat(userIds(requests.submit(() -> status(MEMBER)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)))
                .containsExactly("olivia", "mina", "bob");
        loader.gate.countDown();
        first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(userIds(status(MEMBER))).containsExactly("olivia", "mina", "bob");
        assertThat(loader.loads).as("the earlier load, finished last, did not replace the later copy").hasValue(2);
    }

    @Test
    void a_failed_load_fails_the_requests_waiting_for_it_and_the_next_request_loads_again() throws Exception {
        world.call(OWNER, OWNER, MEMBER);
        IllegalStateException failure = new IllegalStateException("the store is down");
        loader.failure = failure;
        Future<CallStatusView> first = loadingRequest(OWNER);
        Future<CallStatusView> second = waitingRequest(MEMBER);
        loader.gate.countDown();

        assertThatThrownBy(() -> first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).hasCause(failure);
        assertThatThrownBy(() -> second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).hasCause(failure);

        assertThat(userIds(status(MEMBER))).containsExactly("olivia", "mina");
        assertThat(loader.loads).hasValue(2);
    }

    /** A request that has gone into the first load, which waits at the gate. */
    private Future<CallStatusView> loadingRequest(UserId caller) throws InterruptedException {
        Future<CallStatusView> request = requests.submit(() -> status(caller));
        assertThat(loader.entered.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return request;
    }

    /** A request that has parked, waiting for the load under way. */
    private Future<CallStatusView> waitingRequest(UserId caller) throws InterruptedException {
        AtomicReference<Thread> waiting = new AtomicReference<>();
        Future<CallStatusView> request = requests.submit(() -> {
            waiting.set(Thread.currentThread());
            return status(caller);
        });
        awaitParked(waiting::get);
        return request;
    }

    private CallStatusView status(UserId caller) {
        return service.status(new StudyQuery(STUDY, caller)).orElseThrow();
    }

    private static List<String> userIds(CallStatusView view) {
        return view.participants().stream().map(ParticipantView::userId).toList();
    }

    /** Until the thread has started and parks: waiting on the load under way, the only place a status request parks. */
    private static void awaitParked(Supplier<Thread> thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("the request parked in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Counts loads; the first one waits at the gate (then fails, if told to) until the test opens it. */
    private static final class GatedLoader extends CurrentCallLoader {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicInteger loads = new AtomicInteger();
        volatile RuntimeException failure;

        GatedLoader(Fixture world) {
            super(world.sessions, world.views);
        }

        @Override
        public Optional<CurrentCallCache.Loaded> load(StudyId studyId) {
            if (loads.incrementAndGet() == 1) {
                entered.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (failure != null) {
                    throw failure;
                }
            }
            return super.load(studyId);
        }
    }
}
