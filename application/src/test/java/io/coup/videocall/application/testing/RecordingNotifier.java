package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.ArrayList;
import java.util.List;

/** Remembers every push the services asked for, in order. */
public class RecordingNotifier implements CallNotifierPort {

    /** One push: its kind, and whatever it carried (null where a kind has no such field). */
    public record Notice(Kind kind, StudyId studyId, SessionId sessionId, UserId target, UserId by, SessionView session) {
    }

    public enum Kind { STARTED, ENDED, FORCE_MUTE, KICKED, MEMBERSHIP_ENDED }

    private final List<Notice> notices = new ArrayList<>();

    public static Notice startedNotice(StudyId studyId, SessionView session) {
        return new Notice(Kind.STARTED, studyId, SessionId.of(session.id()), null, null, session);
    }

    public static Notice endedNotice(StudyId studyId, SessionId sessionId) {
        return new Notice(Kind.ENDED, studyId, sessionId, null, null, null);
    }

    public static Notice forceMuteNotice(UserId target, SessionId sessionId, UserId by) {
        return new Notice(Kind.FORCE_MUTE, null, sessionId, target, by, null);
    }

    public static Notice kickedNotice(UserId target, SessionId sessionId, UserId by) {
        return new Notice(Kind.KICKED, null, sessionId, target, by, null);
    }

    public static Notice membershipEndedNotice(StudyId studyId, UserId user) {
        return new Notice(Kind.MEMBERSHIP_ENDED, studyId, null, user, null, null);
    }

    @Override
    public synchronized void callStarted(StudyId studyId, SessionView session) {
        notices.add(startedNotice(studyId, session));
    }

    @Override
    public synchronized void callEnded(StudyId studyId, SessionId sessionId) {
        notices.add(endedNotice(studyId, sessionId));
    }

    @Override
    public synchronized void forceMute(UserId target, SessionId sessionId, UserId by) {
        notices.add(forceMuteNotice(target, sessionId, by));
    }

    @Override
    public synchronized void kicked(UserId target, SessionId sessionId, UserId by) {
        notices.add(kickedNotice(target, sessionId, by));
    }

    @Override
    public synchronized void membershipEnded(StudyId studyId, UserId user) {
        notices.add(membershipEndedNotice(studyId, user));
    }

    public synchronized List<Notice> notices() {
        return List.copyOf(notices);
    }
}
