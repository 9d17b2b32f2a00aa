package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

/** Turns calls and participants into views, with every person's profile fetched in one round trip. */
public class CallViews {

    private final LoadUserPort users;

    public CallViews(LoadUserPort users) {
        this.users = users;
    }

    /** Profiles of a call's starter and of the given participants. */
    public Profiles profiles(UserId starter, Collection<Participant> participants) {
        return profilesOf(Stream.concat(Stream.of(starter), participants.stream().map(Participant::userId)).toList());
    }

    public Profiles profilesOf(Collection<UserId> ids) {
        return new Profiles(users.loadUsers(ids));
    }

    /** Looked-up profiles; an id without one shows as id only. */
    public record Profiles(Map<UserId, User> byId) {

        public UserView of(UserId id) {
            User user = byId.get(id);
            return user == null ? UserView.unknown(id) : UserView.of(user);
        }

        /** The profile name, else the id: never empty, for reports. */
        public String displayName(UserId id) {
            User user = byId.get(id);
            return user == null ? id.value() : user.displayName();
        }
    }

    public static SessionView session(VideoCallSession.Snapshot s, UserView starter) {
        Long duration = s.endedAt() == null ? null : Duration.between(s.startedAt(), s.endedAt()).toSeconds();
        return new SessionView(s.id().value(), s.studyId().value(), s.roomId().value(), s.name(),
                s.startedBy().value(), s.startedAt(), s.endedAt(), duration, s.mediaProvider(), starter);
    }

    public static SessionView session(VideoCallSession session, Profiles profiles) {
        return session(session.snapshot(), profiles.of(session.startedBy()));
    }

    public static ParticipantView participant(SessionId sessionId, Participant p, UserView user, Instant now) {
        return new ParticipantView(p.id().value(), sessionId.value(), p.userId().value(), p.joinedAt(), p.leftAt(),
                seconds(p.attendedMillis(now)), seconds(p.mediaMillis(MediaKind.AUDIO_MUTED, now)),
                seconds(p.mediaMillis(MediaKind.VIDEO_OFF, now)), seconds(p.mediaMillis(MediaKind.SCREEN_SHARING, now)),
                p.isMuted(), p.isVideoOff(), p.isSharing(), user);
    }

    /** Whole seconds, rounded down: time is kept in milliseconds and reported in seconds. */
    public static long seconds(long millis) {
        return millis / 1000;
    }
}
