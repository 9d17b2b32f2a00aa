package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface LoadUserPort {

    Optional<User> loadUser(UserId id);

    /** The known users among {@code ids}, in one round trip; unknown ids are simply absent. */
    Map<UserId, User> loadUsers(Collection<UserId> ids);
}
