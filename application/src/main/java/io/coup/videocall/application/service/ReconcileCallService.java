package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.ReconcileCallCommand;
import io.coup.videocall.application.port.in.media.ReconcileCallUseCase;
import io.coup.videocall.application.port.in.media.ReconciledCallView;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@Transactional
public class ReconcileCallService implements ReconcileCallUseCase {

    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final MediaProviderPort media;
    private final CallNotifierPort notifier;
    private final Clock clock;
    private final Duration settleTime;

    /**
     * @param settleTime how long after a join a visit may go without a connection on the media server: the browser
     *                   of a fresh join may not have used its token yet
     */
    public ReconcileCallService(LoadSessionPort sessions, SaveSessionPort store, MediaProviderPort media,
                                CallNotifierPort notifier, Clock clock, Duration settleTime) {
        this.sessions = sessions;
        this.store = store;
        this.media = media;
        this.notifier = notifier;
        this.clock = clock;
        this.settleTime = Objects.requireNonNull(settleTime, "settleTime");
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("settleTime must not be negative: " + settleTime);
        }
    }

    /**
     * Under the call's lock: a join or a webhook for this call waits, and a second node reconciling at the same time
     * finds the work done. Pending connections (issued, not used yet) count as present. Visits are closed at the
     * moment of reconciliation as REAPED: the media server tells us only that the person is gone now.
     */
    @Override
    public ReconciledCallView reconcile(ReconcileCallCommand c) {
        VideoCallSession session = sessions.loadSessionForUpdate(c.sessionId()).orElse(null);
        if (session == null || session.isEnded() || session.mediaRoomId() == null) {
            return new ReconciledCallView(c.sessionId(), List.of(), false);
        }
        Set<UserId> connected = media.liveConnections(session.mediaRoomId()).stream()
                .map(LiveConnection::userId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        List<UserId> reaped = session.reapAbsent(connected, now.minus(settleTime), now);
        boolean ended = session.isEnded();
        if (!reaped.isEmpty() || ended) {
            store.saveSession(session);
        }
        if (ended) {
            notifier.callEnded(session.studyId(), session.id());
        }
        return new ReconciledCallView(session.id(), reaped, ended);
    }
}
