package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallUseCase;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Transactional
public class ConnectToCallService implements ConnectToCallUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final CallViews views;
    private final CallMedia media;
    private final Clock clock;

    public ConnectToCallService(StudyAccess access, SaveSessionPort store, CallViews views, MediaProviderPort media,
                                Clock clock) {
        this.access = access;
        this.store = store;
        this.views = views;
        this.media = new CallMedia(media);
        this.clock = clock;
    }

    /**
     * The same rules as a join (active member, call in progress, not kicked, not full); a refresh also needs the
     * caller present. The media provider is asked last, before the commit: if it fails, nothing is stored (503).
     * A reconnect ends the named connection only when it is the caller's own: nobody can cut someone else's.
     */
    @Override
    public CallConnectionView connect(ConnectToCallCommand c) {
        VideoCallSession session = access.requireSessionOfMemberForUpdate(c.sessionId(), c.userId());
        Instant now = clock.instant();
        Participant participant = switch (c.purpose()) {
            case JOIN, RECONNECT -> session.admit(c.userId(), now); // present already: the segment goes on
            case REFRESH -> session.requirePresent(c.userId());
        };
        String room = media.room(session);
        if (c.purpose() == ConnectToCallCommand.Purpose.RECONNECT && c.lastConnectionId() != null) {
            media.disconnect(session, c.userId(), connection -> connection.connectionId().equals(c.lastConnectionId()));
        }
        CallViews.Profiles profiles = views.profilesOf(List.of(session.startedBy(), c.userId()));
        UserView me = profiles.of(c.userId());
        String displayName = c.displayName() != null ? c.displayName() : me.name();
        MediaConnection connection = media.connect(room, c.userId(), displayName, me.avatar());
        store.saveSession(session);
        return new CallConnectionView(CallViews.session(session, profiles),
                CallViews.participant(session.id(), participant, me, now),
                displayName, connection.connectionId(), connection.token(), connection.expiresAt());
    }
}
