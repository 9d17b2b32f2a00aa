package io.coup.videocall.domain.study;

import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** One person's place in a study. Immutable: changes produce a new value through {@link Study}. */
public record StudyMember(UserId userId, StudyRole role, MemberStatus status, Instant joinedAt) {

    public StudyMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Only an active owner or admin moderates; a banned admin is nobody. */
    public boolean isActiveModerator() {
        return isActive() && role.isModerator();
    }

    /** This member, if an active owner or admin; else {@link PermissionDeniedException}. */
    public StudyMember requireModerator() {
        if (!isActiveModerator()) {
            throw new PermissionDeniedException("Only the study's owners and admins may do this.");
        }
        return this;
    }

    boolean isActiveOwner() {
        return isActive() && role == StudyRole.OWNER;
    }

    StudyMember with(StudyRole newRole, MemberStatus newStatus) {
        return new StudyMember(userId, newRole, newStatus, joinedAt);
    }
}
