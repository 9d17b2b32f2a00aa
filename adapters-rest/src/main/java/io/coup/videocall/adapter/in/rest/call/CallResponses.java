package io.coup.videocall.adapter.in.rest.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.coup.videocall.adapter.in.rest.UserBody;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;

import java.time.Instant;
import java.util.List;

/**
 * Response bodies of the video-call endpoints (SPEC §4.2). Where the SPEC says "Session + {...}", the session's
 * fields are flattened into the object with {@link JsonUnwrapped}.
 */
public final class CallResponses {

    public static final String ALREADY_IN_PROGRESS = "A video call is already in progress.";

    private CallResponses() {
    }

    /** {@code Session}; {@code duration} (seconds) is null until the call ends. */
    public record SessionBody(String id, String studyId, String roomId, String name, String startedBy,
                              Instant startedAt, Instant endedAt, Long duration, MediaProvider mediaProvider,
                              UserBody starter) {
    }

    /** {@code Participant}; durations in whole seconds, counting up to now while present. */
    public record ParticipantBody(String id, String sessionId, String userId, Instant joinedAt, Instant leftAt,
                                  long duration, long audioMutedTime, long videoOffTime, long screenSharedTime,
                                  @JsonProperty("isMuted") boolean isMuted,
                                  @JsonProperty("isVideoOff") boolean isVideoOff,
                                  @JsonProperty("isSharing") boolean isSharing,
                                  UserBody user) {
    }

    /** {@code {"session": Session}}, and {@code "message"} when an existing call was returned by start. */
    public record SessionResponse(SessionBody session,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

        public SessionResponse(SessionBody session) {
            this(session, null);
        }
    }

    /** {@code {"session": Session + {onlineCount, participants}}} or {@code {"session": null}}. */
    public record CallStatusResponse(@JsonInclude(JsonInclude.Include.ALWAYS) LiveSessionBody session) {
    }

    public record LiveSessionBody(@JsonUnwrapped SessionBody session, int onlineCount,
                                  List<ParticipantBody> participants) {
    }

    /** {@code {"participant": Participant}} */
    public record JoinResponse(ParticipantBody participant) {
    }

    /** {@code {"success": true}} */
    public record LeaveResponse(boolean success) {
    }

    /** {@code {"sessions": [...], "pagination": {...}}} */
    public record HistoryResponse(List<HistorySessionBody> sessions, PaginationBody pagination) {
    }

    public record HistorySessionBody(@JsonUnwrapped SessionBody session, List<AttendeeBody> participants,
                                     int participantCount) {
    }

    public record AttendeeBody(String id, String userId, long duration, UserBody user) {
    }

    public record PaginationBody(int page, int limit, long total, long totalPages) {
    }

    /** {@code {"session": Session + {participants: [Participant + {segments, messageCount}]}}} */
    public record SessionDetailResponse(SessionDetailBody session) {
    }

    public record SessionDetailBody(@JsonUnwrapped SessionBody session, List<ParticipantDetailBody> participants) {
    }

    public record ParticipantDetailBody(@JsonUnwrapped ParticipantBody participant, List<SegmentBody> segments,
                                        int messageCount) {
    }

    public record SegmentBody(Instant joinedAt, Instant leftAt, LeaveReason leaveReason) {
    }
}
