package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaLeaveCommand;
import io.coup.videocall.application.port.in.media.MediaRoomClosedCommand;
import io.coup.videocall.application.port.in.media.RecordMediaLeaveUseCase;
import io.coup.videocall.application.port.in.media.RecordMediaRoomClosedUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the media server reports of a call's room: a connection left it, or the room closed. Each report is applied
 * under the call's lock, so a concurrent join or a second delivery of the same report is applied before or after it,
 * never in between; a report of a room no call has, or of an ended call, changes nothing. A reported instant is
 * taken as it is, but never later than now.
 */
@Transactional
public class RecordMediaEventsService implements RecordMediaLeaveUseCase, RecordMediaRoomClosedUseCase {

    private final MediaCallsPort calls;
    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final MediaProviderPort media;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public RecordMediaEventsService(MediaCallsPort calls, LoadSessionPort sessions, SaveSessionPort store,
                                    MediaProviderPort media, CallNotifierPort notifier, Clock clock) {
        this.calls = calls;
        this.sessions = sessions;
        this.store = store;
        this.media = media;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * The media server is asked last, and only when the report would close the visit: a person with another
     * connection in the room (a second device, the new connection of a reconnect) is still there.
     */
    @Override
    public MediaEventOutcome recordLeave(MediaLeaveCommand c) {
        return inCallInProgress(c.mediaRoomId(), session -> {
            Optional<Participant> participant = session.participant(c.userId());
            if (participant.isEmpty()) {
                return MediaEventOutcome.UNKNOWN_PARTICIPANT;
            }
            if (!participant.get().isPresent()) {
                return MediaEventOutcome.ALREADY_LEFT;
            }
            Instant at = notLaterThanNow(c.leftAt());
            if (!participant.get().wasPresentAt(at)) {
                return MediaEventOutcome.SUPERSEDED;
            }
            boolean stillConnected = media.liveConnections(c.mediaRoomId()).stream().anyMatch(live ->
                    live.userId().equals(c.userId()) && !live.connectionId().equals(c.connectionId()));
            if (stillConnected) {
                return MediaEventOutcome.STILL_CONNECTED;
            }
            session.leave(c.userId(), at, c.reason());
            store.saveSession(session);
            if (session.isEnded()) {
                notifier.callEnded(session.studyId(), session.id());
            }
            return MediaEventOutcome.APPLIED;
        });
    }

    /**
     * Ends the call at the reported instant, closing open visits as SESSION_ENDED. A late report is recognised twice
     * over: a visit that began after the instant, or connections in the room now (it was opened again since), keep
     * the call going.
     */
    @Override
    public MediaEventOutcome recordRoomClosed(MediaRoomClosedCommand c) {
        return inCallInProgress(c.mediaRoomId(), session -> {
            Instant at = notLaterThanNow(c.closedAt());
            if (!media.liveConnections(c.mediaRoomId()).isEmpty()) {
                return MediaEventOutcome.STILL_CONNECTED;
            }
            if (!session.endAsReported(at)) {
                return MediaEventOutcome.SUPERSEDED;
            }
            store.saveSession(session);
            notifier.callEnded(session.studyId(), session.id());
            return MediaEventOutcome.APPLIED;
        });
    }

    /** Applies the report to the call of the media room, locked, if there is one and it is still going on. */
    private MediaEventOutcome inCallInProgress(String mediaRoomId,
                                               Function<VideoCallSession, MediaEventOutcome> report) {
        Optional<VideoCallSession> found = calls.findCallByMediaRoom(mediaRoomId)
                .flatMap(sessions::loadSessionForUpdate);
        if (found.isEmpty()) {
            return MediaEventOutcome.UNKNOWN_CALL;
        }
        if (found.get().isEnded()) {
            return MediaEventOutcome.CALL_ENDED;
        }
        return report.apply(found.get());
    }

    private Instant notLaterThanNow(Instant reported) {
        Instant now = clock.instant();
        return reported.isAfter(now) ? now : reported;
    }
}
