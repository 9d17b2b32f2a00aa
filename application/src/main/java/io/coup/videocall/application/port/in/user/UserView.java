package io.coup.videocall.application.port.in.user;

import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;

/** A person as every response shows them; {@code name} is null for someone who never signed in. */
public record UserView(String id, String name, String avatar) {

    public static UserView of(User user) {
        return new UserView(user.id().value(), user.name(), user.avatar());
    }

    /** For an id whose profile is unknown. */
    public static UserView unknown(UserId id) {
        return new UserView(id.value(), null, null);
    }
}
