package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Adapter tests against a real PostgreSQL whose schema comes from the Flyway migrations, with Hibernate validating
 * the entities against it as in production. One context (and one database) for every subclass; each test works in
 * studies of its own, so tests never see each other's rows. Transactions are explicit and commit for real.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"
})
abstract class PostgresAdapterTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    protected PlatformTransactionManager transactionManager;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EntityManagerFactory entityManagerFactory;

    @Autowired
    protected UserPersistenceAdapter users;

    @Autowired
    protected StudyPersistenceAdapter studies;

    @Autowired
    protected SessionPersistenceAdapter sessions;

    @Autowired
    protected AttendanceStatsAdapter stats;

    @Autowired
    protected CallMessagePersistenceAdapter callMessages;

    /** A committed study of its own, founded by {@code founder} (stored as a user first). */
    protected StudyId givenStudy(UserId founder) {
        StudyId id = Fixtures.newStudyId();
        inTransaction(() -> {
            users.saveUser(new User(founder, "Founder " + founder, null));
            studies.createStudy(Study.found(id, "Study " + id, founder, Instant.parse("2026-01-01T00:00:00Z")));
        });
        return id;
    }

    /** Runs {@code work} in its own transaction, committed when it returns. */
    protected <T> T inTransaction(Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    protected void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }
}
