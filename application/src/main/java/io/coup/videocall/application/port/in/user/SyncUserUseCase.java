package io.coup.videocall.application.port.in.user;

/** Creates or updates the user behind an authenticated request from its token's claims. */
public interface SyncUserUseCase {

    UserView sync(SyncUserCommand command);
}
