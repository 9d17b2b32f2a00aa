package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.application.port.out.SaveUserPort;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user directory in a map. {@link #saveCount()} counts writes through the port, not seeding. */
public class InMemoryUsers implements LoadUserPort, SaveUserPort {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private int saves;

    /** Seeds users without counting a save. */
    public synchronized InMemoryUsers add(User... seeded) {
        for (User user : seeded) {
            users.put(user.id(), user);
        }
        return this;
    }

    @Override
    public synchronized Optional<User> loadUser(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Map<UserId, User> loadUsers(Collection<UserId> ids) {
        Map<UserId, User> found = new LinkedHashMap<>();
        for (UserId id : ids) {
            User user = users.get(id);
            if (user != null) {
                found.put(id, user);
            }
        }
        return found;
    }

    @Override
    public synchronized void saveUser(User user) {
        users.put(user.id(), user);
        saves++;
    }

    public synchronized int saveCount() {
        return saves;
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }
}
