package io.coup.videocall.domain.study;

public enum StudyRole {
    OWNER, ADMIN, MEMBER;

    /** Owners and admins moderate: they end calls, mute and kick, manage members. */
    public boolean isModerator() {
        return this != MEMBER;
    }
}
