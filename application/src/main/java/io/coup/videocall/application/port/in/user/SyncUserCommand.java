package io.coup.videocall.application.port.in.user;

import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/** The profile claims of an authenticated request's token. */
public record SyncUserCommand(UserId userId, String name, String avatar) {

    public SyncUserCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
