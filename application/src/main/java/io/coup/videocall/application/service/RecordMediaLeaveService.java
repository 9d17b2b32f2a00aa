package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaLeaveCommand;
import io.coup.videocall.application.port.in.media.RecordMediaLeaveUseCase;
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

@Transactional
public class RecordMediaLeaveService implements RecordMediaLeaveUseCase {

    private final MediaCallsPort calls;
    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final MediaProviderPort media;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public RecordMediaLeaveService(MediaCallsPort calls, LoadSessionPort sessions, SaveSessionPort store,
                                   MediaProviderPort media, CallNotifierPort notifier, Clock clock) {
        this.calls = calls;
        this.sessions = sessions;
        this.store = store;
        this.media = media;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Under the call's lock, so a concurrent join or a second delivery of the same report is applied before or
     * after this one, never in between. The media server is asked last, and only when the report would close the
     * visit: a person with another connection in the room (a second device, the new connection of a reconnect)
     * is still there. The reported instant is taken as it is, but never later than now.
     */
    @Override
    public MediaEventOutcome recordLeave(MediaLeaveCommand c) {
        Optional<VideoCallSession> found = calls.findCallByMediaRoom(c.mediaRoomId()).flatMap(sessions::loadSessionForUpdate);
        if (found.isEmpty()) {
            return MediaEventOutcome.UNKNOWN_CALL;
        }
        VideoCallSession session = found.get();
        if (session.isEnded()) {
            return MediaEventOutcome.CALL_ENDED;
        }
        Optional<Participant> participant = session.participant(c.userId());
        if (participant.isEmpty()) {
            return MediaEventOutcome.UNKNOWN_PARTICIPANT;
        }
        if (!participant.get().isPresent()) {
            return MediaEventOutcome.ALREADY_LEFT;
        }
        Instant now = clock.instant();
        Instant at = c.leftAt().isAfter(now) ? now : c.leftAt();
        if (!participant.get().wasPresentAt(at)) {
            return MediaEventOutcome.SUPERSEDED;
        }
        boolean stillConnected = media.liveConnections(c.mediaRoomId()).stream()
                .anyMatch(live -> live.userId().equals(c.userId()) && !live.connectionId().equals(c.connectionId()));
        if (stillConnected) {
            return MediaEventOutcome.STILL_CONNECTED;
        }
        session.leave(c.userId(), at, c.reason());
        store.saveSession(session);
        if (session.isEnded()) {
            notifier.callEnded(session.studyId(), session.id());
        }
        return MediaEventOutcome.APPLIED;
    }
}
