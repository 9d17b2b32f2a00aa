package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.application.port.out.SaveUserPort;
import io.coup.videocall.domain.user.User;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Transactional
public class SyncUserService implements SyncUserUseCase {

    private final LoadUserPort users;
    private final SaveUserPort store;

    public SyncUserService(LoadUserPort users, SaveUserPort store) {
        this.users = users;
        this.store = store;
    }

    /**
     * Writes only when the claims differ from what is stored, so most requests cost one read. A picture that is no
     * avatar URL is dropped rather than failing the request.
     */
    @Override
    public UserView sync(SyncUserCommand command) {
        User fromClaims = new User(command.userId(), command.name(), User.avatarOrNull(command.avatar()));
        Optional<User> stored = users.loadUser(command.userId());
        if (stored.isEmpty() || !stored.get().equals(fromClaims)) {
            store.saveUser(fromClaims);
        }
        return UserView.of(fromClaims);
    }
}
