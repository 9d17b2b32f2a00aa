package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.MediaConnection;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;

import java.util.List;
import java.util.function.Predicate;

/**
 * A call's side on the media provider, as the use cases need it. Every method is called inside the use case's
 * transaction, before the commit: when the provider fails, the use case fails with 503 and nothing is stored.
 */
final class CallMedia {

    private final MediaProviderPort media;

    CallMedia(MediaProviderPort media) {
        this.media = media;
    }

    MediaProvider provider() {
        return media.provider();
    }

    /** The call's media room; opened (and recorded on the call) if the call has none yet. */
    String room(VideoCallSession session) {
        requireServedHere(session);
        if (session.mediaRoomId() == null) {
            session.assignMediaRoom(media.openRoom(session.id(), session.roomId()).id());
        }
        return session.mediaRoomId();
    }

    /** A new connection of the user to the room (one per join, refresh or reconnect). */
    MediaConnection connect(String room, UserId user, String displayName, String avatar) {
        return media.connect(room, user, displayName, avatar);
    }

    /**
     * Force-disconnects the user's connections to the call that match; none when the call has no room here (none at
     * all, or one of the other provider, which this deployment cannot reach).
     */
    void disconnect(VideoCallSession session, UserId user, Predicate<LiveConnection> which) {
        if (!hasRoomHere(session)) {
            return;
        }
        List<LiveConnection> theirs = media.liveConnections(session.mediaRoomId()).stream()
                .filter(c -> c.userId().equals(user)).filter(which).toList();
        theirs.forEach(c -> media.disconnect(session.mediaRoomId(), c.connectionId()));
    }

    /** Ends the call's media room and every connection in it (when it has one here: ending a call never needs more). */
    void close(VideoCallSession session) {
        if (hasRoomHere(session)) {
            media.closeRoom(session.mediaRoomId());
        }
    }

    private boolean hasRoomHere(VideoCallSession session) {
        return session.mediaRoomId() != null && session.mediaProvider() == media.provider();
    }

    /** A call started under the other provider (the deployment switched) gets no tokens of this one. */
    private void requireServedHere(VideoCallSession session) {
        if (session.mediaProvider() != media.provider()) {
            throw new MediaServerUnavailableException("call " + session.id() + " uses " + session.mediaProvider()
                    + " but this deployment runs " + media.provider());
        }
    }
}
