package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaRoomClosedCommand;
import io.coup.videocall.application.port.in.media.RecordMediaRoomClosedUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Transactional
public class RecordMediaRoomClosedService implements RecordMediaRoomClosedUseCase {

    private final MediaCallsPort calls;
    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final MediaProviderPort media;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public RecordMediaRoomClosedService(MediaCallsPort calls, LoadSessionPort sessions, SaveSessionPort store,
                                        MediaProviderPort media, CallNotifierPort notifier, Clock clock) {
        this.calls = calls;
        this.sessions = sessions;
        this.store = store;
        this.media = media;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Ends the call at the reported instant (never later than now), closing open visits as SESSION_ENDED. A late
     * report is recognised twice over: a visit that began after the instant, or connections in the room now (it
     * was opened again since), keep the call going.
     */
    @Override
    public MediaEventOutcome recordRoomClosed(MediaRoomClosedCommand c) {
        Optional<VideoCallSession> found = calls.findCallByMediaRoom(c.mediaRoomId()).flatMap(sessions::loadSessionForUpdate);
        if (found.isEmpty()) {
            return MediaEventOutcome.UNKNOWN_CALL;
        }
        VideoCallSession session = found.get();
        if (session.isEnded()) {
            return MediaEventOutcome.CALL_ENDED;
        }
        Instant now = clock.instant();
        Instant at = c.closedAt().isAfter(now) ? now : c.closedAt();
        if (!media.liveConnections(c.mediaRoomId()).isEmpty()) {
            return MediaEventOutcome.STILL_CONNECTED;
        }
        if (!session.endAsReported(at)) {
            return MediaEventOutcome.SUPERSEDED;
        }
        store.saveSession(session);
        notifier.callEnded(session.studyId(), session.id());
        return MediaEventOutcome.APPLIED;
    }
}
