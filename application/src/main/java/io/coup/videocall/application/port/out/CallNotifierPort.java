package io.coup.videocall.application.port.out;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

/**
 * Tells connected clients what happened to a call (SPEC §5.2 server pushes). Services call it inside their
 * transaction; the implementation delivers only once that transaction has committed, and nothing when it rolls
 * back, so nobody is told of a call that was never stored.
 */
public interface CallNotifierPort {

    /** {@code video:started {session}} to the study's members. */
    void callStarted(StudyId studyId, SessionView session);

    /** {@code video:ended {sessionId}} to the study's members. */
    void callEnded(StudyId studyId, SessionId sessionId);

    /** {@code video:force-mute {by}} to the target's sockets; the client mutes itself and reports the toggle. */
    void forceMute(UserId target, SessionId sessionId, UserId by);

    /** {@code video:kicked {sessionId, by}} to the target's sockets, which leave the call's room. */
    void kicked(UserId target, SessionId sessionId, UserId by);

    /**
     * The user is no longer an active member of the study: their sockets leave its study room and its call room, as
     * if they had left (the others are told), on every node.
     */
    void membershipEnded(StudyId studyId, UserId user);
}
