package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** A cheap look at the calls in progress of many studies at once, for lists. */
public interface ActiveCallsPort {

    Map<StudyId, ActiveCall> activeCalls(Collection<StudyId> studyIds);

    /** @param presentCount participants present now */
    record ActiveCall(SessionId sessionId, RoomId roomId, Instant startedAt, int presentCount) {
    }
}
