package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.GetMediaStatusUseCase;
import io.coup.videocall.application.port.in.media.MediaStatusQuery;
import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Transactional(readOnly = true)
public class GetMediaStatusService implements GetMediaStatusUseCase {

    private final StudyAccess access;
    private final LoadSessionPort sessions;
    private final CallViews views;
    private final MediaProviderPort media;
    private final SessionStatusCache cache;

    public GetMediaStatusService(StudyAccess access, LoadSessionPort sessions, CallViews views, MediaProviderPort media,
                                 SessionStatusCache cache) {
        this.access = access;
        this.sessions = sessions;
        this.views = views;
        this.media = media;
        this.cache = cache;
    }

    /** Membership is checked on every call, cached or not; only the answer is cached. */
    @Override
    public MediaStatusView status(MediaStatusQuery q) {
        Optional<MediaStatusView> cached = cache.get(q.sessionId());
        if (cached.isPresent()) {
            access.requireActiveMember(StudyId.of(cached.get().studyId()), q.userId());
            return cached.get();
        }
        VideoCallSession.Snapshot call = access.requireCallOfMember(q.sessionId(), q.userId());
        MediaStatusView view = view(call, sessions.loadPresentParticipants(call.id()));
        cache.put(q.sessionId(), view);
        return view;
    }

    private MediaStatusView view(VideoCallSession.Snapshot call, List<Participant> present) {
        boolean live = call.endedAt() == null && call.mediaRoomId() != null && call.mediaProvider() == media.provider();
        Map<UserId, List<LiveConnection>> connections = !live
                ? Map.of()
                : media.liveConnections(call.mediaRoomId()).stream().collect(Collectors.groupingBy(LiveConnection::userId));
        CallViews.Profiles profiles = views.profilesOf(present.stream().map(Participant::userId).toList());
        List<MediaStatusView.Participant> participants = present.stream().map(p -> {
            List<LiveConnection> theirs = connections.getOrDefault(p.userId(), List.of());
            Optional<LiveConnection> current = theirs.stream().max(Comparator.comparing(LiveConnection::active)
                    .thenComparing(LiveConnection::createdAt));
            return new MediaStatusView.Participant(p.userId().value(), profiles.displayName(p.userId()),
                    current.map(LiveConnection::connectionId).orElse(null), p.joinedAt(),
                    theirs.stream().anyMatch(LiveConnection::active), p.isMuted(), p.isVideoOff(), p.isSharing());
        }).toList();
        return new MediaStatusView(call.id().value(), call.name(), call.studyId().value(), call.endedAt() == null,
                participants, call.startedAt(), call.mediaProvider());
    }
}
