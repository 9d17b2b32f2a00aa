package io.coup.videocall.domain.user;

import io.coup.videocall.domain.shared.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A person known to the platform. Profiles come from token claims; a member added by an owner before they
 * ever signed in is known by id only, so {@code name} may be null until their first request. {@code avatar} is an
 * http(s) URL or null (SPEC §3).
 */
public record User(UserId id, String name, String avatar) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_AVATAR_LENGTH = 2048;

    public User {
        Objects.requireNonNull(id, "id");
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        if (avatar != null && !isAvatarUrl(avatar)) {
            throw new InvalidValueException("avatar",
                    "must be an absolute http(s) URL of at most " + MAX_AVATAR_LENGTH + " characters");
        }
    }

    /** {@code candidate} if it {@link #isAvatarUrl is an avatar URL}, else null: for pictures from outside (claims). */
    public static String avatarOrNull(String candidate) {
        return isAvatarUrl(candidate) ? candidate : null;
    }

    /**
     * Whether {@code value} may be shown as a profile picture: an absolute {@code http}/{@code https} URL with a host,
     * at most {@link #MAX_AVATAR_LENGTH} characters. Other schemes ({@code javascript:}, {@code data:}, …) would be
     * handed to every client that shows the user.
     */
    public static boolean isAvatarUrl(String value) {
        if (value == null || value.length() > MAX_AVATAR_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
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
