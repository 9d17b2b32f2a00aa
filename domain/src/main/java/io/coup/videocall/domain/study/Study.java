package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A study group and its members. Membership rules live here: who may change whom, and that an active owner
 * always remains.
 */
public final class Study {

    public static final int MAX_NAME_LENGTH = 100;

    private final StudyId id;
    private final String name;
    private final Instant createdAt;
    private final Map<UserId, StudyMember> members;

    private Study(StudyId id, String name, Instant createdAt, Collection<StudyMember> members) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = validName(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.members = new LinkedHashMap<>();
        members.forEach(m -> this.members.put(m.userId(), m));
    }

    /** A new study; its founder is its first, active owner. */
    public static Study found(StudyId id, String name, UserId founder, Instant at) {
        return new Study(id, name, at, List.of(new StudyMember(founder, StudyRole.OWNER, MemberStatus.ACTIVE, at)));
    }

    public static Study rehydrate(StudyId id, String name, Instant createdAt, Collection<StudyMember> members) {
        return new Study(id, name, createdAt, members);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    public Optional<StudyMember> member(UserId user) {
        return Optional.ofNullable(members.get(user));
    }

    public boolean isActiveMember(UserId user) {
        return member(user).map(StudyMember::isActive).orElse(false);
    }

    public boolean isModerator(UserId user) {
        return member(user).map(StudyMember::isActiveModerator).orElse(false);
    }

    /** The caller's membership, if active; anything else reads as "not a member". */
    public StudyMember requireActiveMember(UserId user) {
        return member(user).filter(StudyMember::isActive).orElseThrow(() -> new NotStudyMemberException(id));
    }

    public StudyMember requireModerator(UserId user) {
        return requireActiveMember(user).requireModerator();
    }

    /**
     * Adds or changes a member. Moderators only; only an owner touches owners and admins or hands out those
     * roles; the last active owner can neither be demoted nor deactivated. Someone not yet a member joins as
     * an active member unless told otherwise.
     */
    public StudyMember putMember(UserId actor, UserId target, StudyRole role, MemberStatus status, Instant at) {
        StudyMember actorMember = requireModerator(actor);
        StudyMember current = members.get(target);
        StudyRole newRole = role != null ? role : current != null ? current.role() : StudyRole.MEMBER;
        MemberStatus newStatus = status != null ? status : current != null ? current.status() : MemberStatus.ACTIVE;
        boolean touchesPrivileged = newRole.isModerator() || (current != null && current.role().isModerator());
        if (touchesPrivileged && actorMember.role() != StudyRole.OWNER) {
            throw new PermissionDeniedException("Only an owner may appoint, change or remove owners and admins.");
        }
        StudyMember updated = current == null
                ? new StudyMember(target, newRole, newStatus, at)
                : current.with(newRole, newStatus);
        if (current != null && current.isActiveOwner() && !updated.isActiveOwner()) {
            requireAnotherActiveOwner(target);
        }
        members.put(target, updated);
        return updated;
    }

    /**
     * Moderators remove members (only an owner removes owners and admins); anyone may leave by themself, except a
     * banned member, whose ban would be lost. An outsider learns nothing: they are told they are not a member.
     */
    public void removeMember(UserId actor, UserId target) {
        StudyMember removed;
        if (actor.equals(target)) {
            removed = member(actor).orElseThrow(() -> new NotStudyMemberException(id));
            if (removed.status() == MemberStatus.BANNED) {
                throw new PermissionDeniedException("A banned member cannot leave the study: the ban would be lost.");
            }
        } else {
            StudyMember actorMember = requireModerator(actor);
            removed = member(target).orElseThrow(() -> new MemberNotFoundException(id, target));
            if (removed.role().isModerator() && actorMember.role() != StudyRole.OWNER) {
                throw new PermissionDeniedException("Only an owner may remove owners and admins.");
            }
        }
        if (removed.isActiveOwner()) {
            requireAnotherActiveOwner(target);
        }
        members.remove(target);
    }

    private void requireAnotherActiveOwner(UserId leaving) {
        boolean another = members.values().stream()
                .anyMatch(m -> m.isActiveOwner() && !m.userId().equals(leaving));
        if (!another) {
            throw new LastOwnerException(id);
        }
    }

    public List<StudyMember> activeMembers() {
        return members.values().stream().filter(StudyMember::isActive).toList();
    }

    public Collection<StudyMember> members() {
        return Collections.unmodifiableCollection(new ArrayList<>(members.values()));
    }

    public StudyId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
