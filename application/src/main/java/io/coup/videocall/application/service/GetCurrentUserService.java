package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.NotFoundException;
import io.coup.videocall.application.port.in.user.GetCurrentUserUseCase;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public class GetCurrentUserService implements GetCurrentUserUseCase {

    private final LoadUserPort users;

    public GetCurrentUserService(LoadUserPort users) {
        this.users = users;
    }

    @Override
    public UserView currentUser(UserId userId) {
        return users.loadUser(userId).map(UserView::of)
                .orElseThrow(() -> new NotFoundException(ErrorCode.USER_NOT_FOUND, "User " + userId + " is not known."));
    }
}
