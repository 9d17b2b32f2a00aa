package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.LoadSessionPort.CallInProgress;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.study.StudyId;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Each study's call in progress as {@code GET …/status} last loaded it, with its people's profiles. A copy is reused
 * only while it is at least as new as the call's stored revision, which every saved change moves on, so a status
 * shows each change at once, whichever node made it; and for at most {@code maxAge} (≤ 1 s), because profiles change
 * without the call: a renamed participant shows within {@code maxAge}. A copy is only read once cached, never
 * changed.
 * <p>
 * "At least as new", not "as new": under joins and leaves a request may read the revision just before another
 * request that read a later one cached its copy; that copy shows everything the earlier revision did.
 * <p>
 * Requests that find the copy stale share a load: while one loads the call at a revision at least as new as theirs,
 * they wait for it rather than each reading the same rows ({@link #getOrLoad}).
 */
public class CurrentCallCache {

    /** A call in progress and the profiles of its starter and of the people present in it. */
    public record Loaded(CallInProgress inProgress, CallViews.Profiles profiles) {
    }

    private record Entry(SessionRevision revision, Loaded call) {

        boolean isAtLeast(SessionRevision wanted) {
            return covers(revision, wanted);
        }
    }

    /** A load under way, at the revision its request read before starting it. */
    private record Loading(SessionRevision revision, CompletableFuture<Optional<Loaded>> result) {
    }

    private final BriefCache<StudyId, Entry> calls;
    private final ConcurrentMap<StudyId, Loading> loading = new ConcurrentHashMap<>();

    public CurrentCallCache(Duration maxAge, LongSupplier nanoTime) {
        this.calls = new BriefCache<>(maxAge, nanoTime, "the current call cache's max age");
    }

    Optional<Loaded> get(StudyId studyId, SessionRevision current) {
        return calls.get(studyId).filter(e -> e.isAtLeast(current)).map(Entry::call);
    }

    /**
     * The cached copy if at least as new as {@code current}; else the answer of a load of the call at least that new
     * already under way; else {@code load}'s, which requests arriving meanwhile share. A failed load fails everyone
     * waiting for it with its exception.
     *
     * @param load loads the study's call in progress and caches it if it is the one {@code current} names
     */
    Optional<Loaded> getOrLoad(StudyId studyId, SessionRevision current, Supplier<Optional<Loaded>> load) {
        Optional<Loaded> cached = get(studyId, current);
        if (cached.isPresent()) {
            return cached;
        }
        Loading mine = new Loading(current, new CompletableFuture<>());
        Loading shared = loading.compute(studyId,
                (id, running) -> running != null && covers(running.revision(), current) ? running : mine);
        if (shared != mine) {
            return awaitLoad(shared.result());
        }
        try {
            Optional<Loaded> loaded = load.get();
            mine.result().complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(studyId, mine);
        }
    }

    /** Whether a copy loaded at revision {@code loaded} or later shows all that {@code wanted} does. */
    private static boolean covers(SessionRevision loaded, SessionRevision wanted) {
        return loaded.sessionId().equals(wanted.sessionId()) && loaded.revision() >= wanted.revision();
    }

    private static Optional<Loaded> awaitLoad(CompletableFuture<Optional<Loaded>> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Keeps a cached copy of a later revision than this one: a request that read a newer revision than a load under
     * way starts its own, so loads may finish in any order.
     *
     * @param revision read before the call was loaded: the copy is at least that new
     */
    void put(StudyId studyId, SessionRevision revision, Loaded call) {
        calls.putUnless(studyId, new Entry(revision, call),
                cached -> cached.isAtLeast(revision) && !cached.revision().equals(revision));
    }
}
