package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserPersistenceAdapterTest extends PostgresAdapterTest {

    @Test
    void a_user_is_inserted_then_updated_and_an_unchanged_profile_writes_nothing() {
        UserId id = newUserId("kim");
        inTransaction(() -> users.saveUser(new User(id, "Kim", "https://img.example/kim.png")));
        assertThat(inTransaction(() -> users.loadUser(id))).contains(new User(id, "Kim", "https://img.example/kim.png"));
        Timestamp created = timestamp("created_at", id);
        Timestamp firstUpdate = timestamp("updated_at", id);

        inTransaction(() -> users.saveUser(new User(id, "Kim", "https://img.example/kim.png")));
        assertThat(timestamp("updated_at", id)).isEqualTo(firstUpdate);

        inTransaction(() -> users.saveUser(new User(id, "Kim Jiwoo", null)));
        assertThat(inTransaction(() -> users.loadUser(id))).contains(new User(id, "Kim Jiwoo", null));
        assertThat(timestamp("created_at", id)).isEqualTo(created);
        assertThat(timestamp("updated_at", id)).isAfterOrEqualTo(firstUpdate);
    }

    @Test
    void an_avatar_stored_before_only_http_urls_were_accepted_loads_as_none() {
        UserId id = newUserId("old");
        inTransaction(() -> users.saveUser(new User(id, "Old", "https://img.example/old.png")));
        jdbc.update("update users set avatar = 'javascript:alert(1)' where id = ?", id.value());

        assertThat(inTransaction(() -> users.loadUser(id))).contains(new User(id, "Old", null));
        assertThat(inTransaction(() -> users.loadUsers(List.of(id))).get(id)).isEqualTo(new User(id, "Old", null));
    }

    @Test
    void loading_many_users_returns_the_known_ones_keyed_by_id() {
        UserId known = newUserId("known");
        UserId alsoKnown = newUserId("also");
        inTransaction(() -> {
            users.saveUser(new User(known, "Known", null));
            users.saveUser(User.known(alsoKnown));
        });

        var found = inTransaction(() -> users.loadUsers(List.of(known, alsoKnown, known, newUserId("stranger"))));

        assertThat(found).containsOnlyKeys(known, alsoKnown);
        assertThat(found.get(alsoKnown)).isEqualTo(User.known(alsoKnown));
        assertThat(inTransaction(() -> users.loadUsers(List.of()))).isEmpty();
        assertThat(inTransaction(() -> users.loadUser(newUserId("stranger")))).isEmpty();
    }

    @Test
    void two_first_requests_of_one_new_user_both_succeed_and_the_later_profile_wins() throws Exception {
        UserId id = newUserId("newbie");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction(() -> {
                users.saveUser(new User(id, "First tab", null));
                inserted.countDown();
                awaitQuietly(release);
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

            Future<?> second = threads.submit(() -> transaction(() -> {
                secondStarted.countDown();
                users.saveUser(new User(id, "Second tab", null));
            }));
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
                    .as("waits on the first, uncommitted insert of the same key").isInstanceOf(TimeoutException.class);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        assertThat(inTransaction(() -> users.loadUser(id))).contains(new User(id, "Second tab", null));
    }

    private void transaction(Runnable work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.executeWithoutResult(status -> work.run());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Timestamp timestamp(String column, UserId id) {
        return jdbc.queryForObject("select " + column + " from users where id = ?", Timestamp.class, id.value());
    }
}
