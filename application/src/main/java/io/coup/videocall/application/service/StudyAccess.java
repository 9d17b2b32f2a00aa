package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.UserId;

import java.util.Optional;

/**
 * The checks every study-scoped use case starts with. A study that does not exist answers like one the caller
 * is not a member of, and a session of another study like one that does not exist: outsiders learn nothing.
 */
public class StudyAccess {

    private final LoadStudyPort studies;
    private final LoadSessionPort sessions;

    public StudyAccess(LoadStudyPort studies, LoadSessionPort sessions) {
        this.studies = studies;
        this.sessions = sessions;
    }

    /**
     * Checks the caller's membership alone, as most use cases do on every request: one row by primary key, not the
     * study with all its members (1,000 rows for every status, join and leave of a 1,000-member study).
     */
    public void requireActiveMember(StudyId studyId, UserId user) {
        if (!isActiveMember(studyId, user)) {
            throw new NotStudyMemberException(studyId);
        }
    }

    /** The caller's membership, ACTIVE, with its role: one row, as {@link #requireActiveMember}. */
    public StudyMember activeMember(StudyId studyId, UserId user) {
        return studies.loadMember(studyId, user).filter(StudyMember::isActive)
                .orElseThrow(() -> new NotStudyMemberException(studyId));
    }

    /** Someone's membership of the study, whatever its status (one row); empty if they are no member. */
    public Optional<StudyMember> member(StudyId studyId, UserId user) {
        return studies.loadMember(studyId, user);
    }

    /** The study with its members, for an active member: for use cases that need the other members too. */
    public Study studyOfActiveMember(StudyId studyId, UserId user) {
        Study study = studies.loadStudy(studyId).orElseThrow(() -> new NotStudyMemberException(studyId));
        study.requireActiveMember(user);
        return study;
    }

    public boolean isActiveMember(StudyId studyId, UserId user) {
        return studies.isActiveMember(studyId, user);
    }

    /**
     * The session, locked and held for someone who is no longer an active member but took part in it (see
     * {@link #requireSessionForUpdateOf}); anyone else is told only that they are not a member.
     */
    public VideoCallSession requireSessionForUpdateOfFormerParticipant(StudyId studyId, SessionId sessionId,
                                                                       UserId formerMember) {
        return sessions.loadSessionForUpdate(sessionId, formerMember)
                .filter(s -> s.studyId().equals(studyId) && s.participant(formerMember).isPresent())
                .orElseThrow(() -> new NotStudyMemberException(studyId));
    }

    /** The call's stored fields alone ({@link LoadSessionPort#loadSnapshot}), if it is a call of the study. */
    public VideoCallSession.Snapshot requireCall(StudyId studyId, SessionId sessionId) {
        return sessions.loadSnapshot(sessionId)
                .filter(s -> s.studyId().equals(studyId))
                .orElseThrow(() -> sessionNotFound(sessionId));
    }

    public VideoCallSession requireSession(StudyId studyId, SessionId sessionId) {
        return sessions.loadSession(sessionId)
                .filter(s -> s.studyId().equals(studyId))
                .orElseThrow(() -> sessionNotFound(sessionId));
    }

    public VideoCallSession requireSessionForUpdate(StudyId studyId, SessionId sessionId) {
        return sessions.loadSessionForUpdate(sessionId)
                .filter(s -> s.studyId().equals(studyId))
                .orElseThrow(() -> sessionNotFound(sessionId));
    }

    /** The session, locked, holding only {@code person}'s attendance: for a change to that one person's. */
    public VideoCallSession requireSessionForUpdateOf(StudyId studyId, SessionId sessionId, UserId person) {
        return sessions.loadSessionForUpdate(sessionId, person)
                .filter(s -> s.studyId().equals(studyId))
                .orElseThrow(() -> sessionNotFound(sessionId));
    }

    /**
     * A session found by its id alone (the advanced API names no study), locked and held for an active member of its
     * study (see {@link #requireSessionForUpdateOf}): an unknown session is not found, a session of a study the caller
     * is not a member of is NOT_STUDY_MEMBER.
     */
    public VideoCallSession requireSessionOfMemberForUpdate(SessionId sessionId, UserId member) {
        VideoCallSession session = sessions.loadSessionForUpdate(sessionId, member)
                .orElseThrow(() -> sessionNotFound(sessionId));
        requireActiveMember(session.studyId(), member);
        return session;
    }

    /** As {@link #requireSessionOfMemberForUpdate}, the call's stored fields alone ({@link #requireCall}), to read. */
    public VideoCallSession.Snapshot requireCallOfMember(SessionId sessionId, UserId member) {
        VideoCallSession.Snapshot call = sessions.loadSnapshot(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        requireActiveMember(call.studyId(), member);
        return call;
    }

    static NotFoundException sessionNotFound(SessionId sessionId) {
        return new NotFoundException(ErrorCode.SESSION_NOT_FOUND, "Session " + sessionId + " was not found in this study.");
    }
}
