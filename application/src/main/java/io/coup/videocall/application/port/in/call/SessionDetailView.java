package io.coup.videocall.application.port.in.call;

import io.coup.videocall.domain.call.LeaveReason;

import java.time.Instant;
import java.util.List;

/** A session with every participant's attendance segments and chat count. */
public record SessionDetailView(SessionView session, List<ParticipantDetail> participants) {

    public record ParticipantDetail(ParticipantView participant, List<Segment> segments, int messageCount) {
    }

    public record Segment(Instant joinedAt, Instant leftAt, LeaveReason leaveReason) {
    }
}
