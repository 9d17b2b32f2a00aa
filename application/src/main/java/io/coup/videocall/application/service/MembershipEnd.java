package io.coup.videocall.application.service;

import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Clock;

/**
 * What follows when someone stops being an ACTIVE member of a study (removed, banned, set pending), inside the
 * transaction that changed the membership. SPEC §3 lets only active members use a study's calls: if they are present in
 * its call, their attendance closes now with {@link LeaveReason#REMOVED} (the last one out ends the call) and their
 * media connections are cut, as a kick does (503 if the media server cannot, and nothing changes); once the change
 * commits, their sockets leave the study's rooms. Unlike a kick, they may come back if they are made active again.
 */
public class MembershipEnd {

    private final LoadSessionPort sessions;
    private final SaveSessionPort store;
    private final CallMedia media;
    private final CallNotifierPort notifier;
    private final Clock clock;

    public MembershipEnd(LoadSessionPort sessions, SaveSessionPort store, MediaProviderPort media,
                         CallNotifierPort notifier, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.media = new CallMedia(media);
        this.notifier = notifier;
        this.clock = clock;
    }

    void ended(StudyId studyId, UserId user) {
        sessions.loadActiveSnapshot(studyId)
                .flatMap(call -> sessions.loadSessionForUpdate(call.id(), user))
                .filter(session -> session.participant(user).filter(Participant::isPresent).isPresent())
                .ifPresent(session -> leave(session, user));
        notifier.membershipEnded(studyId, user);
    }

    private void leave(VideoCallSession session, UserId user) {
        session.leave(user, clock.instant(), LeaveReason.REMOVED);
        media.disconnect(session, user, connection -> true);
        store.saveSession(session);
        if (session.isEnded()) {
            notifier.callEnded(session.studyId(), session.id());
        }
    }
}
