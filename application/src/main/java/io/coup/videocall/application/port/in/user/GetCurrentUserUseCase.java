package io.coup.videocall.application.port.in.user;

import io.coup.videocall.domain.user.UserId;

public interface GetCurrentUserUseCase {

    UserView currentUser(UserId userId);
}
