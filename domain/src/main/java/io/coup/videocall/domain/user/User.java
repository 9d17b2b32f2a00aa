package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.InvalidValueException;

import java.util.Objects;

/**
 * A person known to the platform. Profiles come from token claims; a member added by an owner before they
 * ever signed in is known by id only, so {@code name} may be null until their first request.
 */
public record User(UserId id, String name, String avatar) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_AVATAR_LENGTH = 2048;

    public User {
        Objects.requireNonNull(id, "id");
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        if (avatar != null && avatar.length() > MAX_AVATAR_LENGTH) {
            throw new InvalidValueException("avatar", "must be at most " + MAX_AVATAR_LENGTH + " characters");
        }
    }

    public static User known(UserId id) {
        return new User(id, null, null);
    }

    /** The name to show: the profile name, else the id (never empty). */
    public String displayName() {
        return name == null || name.isBlank() ? id.value() : name;
    }
}
