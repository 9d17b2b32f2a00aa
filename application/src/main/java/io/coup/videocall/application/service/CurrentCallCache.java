package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Each study's call in progress as {@code GET …/status} last loaded it, with its people's profiles. A copy is reused
 * only while the call's stored revision is still the one it was loaded at, which every saved change moves on, so a
 * status shows each change at once, whichever node made it; and for at most {@code maxAge} (≤ 1 s), because
 * profiles change without the call: a renamed participant shows within {@code maxAge}. A copy is only read once
 * cached, never changed.
 */
public class CurrentCallCache {

    /** A call and the profiles of its starter and of the people present in it. */
    public record Loaded(VideoCallSession session, CallViews.Profiles profiles) {
    }

    private record Entry(SessionRevision revision, Loaded call) {
    }

    private final BriefCache<StudyId, Entry> calls;

    public CurrentCallCache(Duration maxAge, LongSupplier nanoTime) {
        this.calls = new BriefCache<>(maxAge, nanoTime, "the current call cache's max age");
    }

    Optional<Loaded> get(StudyId studyId, SessionRevision current) {
        return calls.get(studyId).filter(e -> e.revision().equals(current)).map(Entry::call);
    }

    /** @param revision read before the call was loaded: the copy is at least that new */
    void put(StudyId studyId, SessionRevision revision, Loaded call) {
        calls.put(studyId, new Entry(revision, call));
    }
}
