package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.application.port.out.SaveUserPort;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

@Component
public class UserPersistenceAdapter implements LoadUserPort, SaveUserPort {

    private final UserSpringDataRepository users;
    private final UserMapper mapper;
    private final EntityManager entityManager;
    private final Clock clock;

    public UserPersistenceAdapter(UserSpringDataRepository users, UserMapper mapper, EntityManager entityManager,
                                  ObjectProvider<Clock> clock) {
        this.users = users;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Optional<User> loadUser(UserId id) {
        return users.findById(id.value()).map(mapper::toDomain);
    }

    /**
     * Through Hibernate's multi-load (one batched primary-key select, with a plan built once) rather than
     * {@code findAllById}, whose {@code IN} criteria query is translated anew on every call: that translation was the
     * largest cost of {@code GET …/status} (docs/performance.md).
     */
    @Override
    public Map<UserId, User> loadUsers(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.unwrap(Session.class)
                .findMultiple(UserJpaEntity.class, ids.stream().map(UserId::value).distinct().toList())
                .stream()
                .filter(Objects::nonNull)
                .map(mapper::toDomain)
                .collect(Collectors.toMap(User::id, u -> u));
    }

    /**
     * Updates in place when the profile changed; inserts with {@code ON CONFLICT DO NOTHING} otherwise, because
     * a browser's first parallel requests all try to create the same user, and only one insert can win.
     */
    @Override
    public void saveUser(User user) {
        Optional<UserJpaEntity> stored = users.findById(user.id().value());
        if (stored.isPresent()) {
            update(stored.get(), user);
            return;
        }
        Instant now = clock.instant();
        int inserted = entityManager.createQuery("""
                        insert into UserJpaEntity (id, name, avatar, createdAt, updatedAt)
                        values (:id, :name, :avatar, :now, :now)
                        on conflict do nothing""")
                .setParameter("id", user.id().value())
                .setParameter("name", user.name())
                .setParameter("avatar", user.avatar())
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            users.findById(user.id().value()).ifPresent(winner -> update(winner, user));
        }
    }

    private void update(UserJpaEntity entity, User user) {
        if (!mapper.toDomain(entity).equals(user)) {
            mapper.apply(user, entity);
            entity.setUpdatedAt(clock.instant());
        }
    }
}
