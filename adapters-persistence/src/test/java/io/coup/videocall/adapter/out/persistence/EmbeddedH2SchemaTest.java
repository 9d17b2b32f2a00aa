package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.AttendanceStatsPort.StudyTotals;
import io.coup.videocall.application.port.out.CallStatusProbePort.StatusProbe;
import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.StudyAlreadyExistsException;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.stats.PeriodKind;
import io.coup.videocall.domain.stats.ReportingPeriod;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameCall;
import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newStudyId;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default runs on H2 in PostgreSQL mode: the same Flyway migration must build a schema there that
 * Hibernate validates and the adapters can use, one-active-call constraint included. (Everything else is proven on
 * PostgreSQL; this only guards portability.)
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:coup-embedded-schema;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false"
})
class EmbeddedH2SchemaTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UserPersistenceAdapter users;
    @Autowired
    private StudyPersistenceAdapter studies;
    @Autowired
    private SessionPersistenceAdapter sessions;
    @Autowired
    private AttendanceStatsAdapter stats;
    @Autowired
    private ParticipantLivenessAdapter liveness;
    @Autowired
    private CallStatusProbeAdapter probes;
    @Autowired
    private LockProvider locks;

    @Test
    void the_context_really_runs_on_h2() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).startsWith("2.");
    }

    @Test
    void every_adapter_works_on_the_h2_schema() {
        UserId owner = newUserId("owner");
        UserId guest = newUserId("guest");
        StudyId studyId = newStudyId();
        inTransaction(() -> {
            users.saveUser(new User(owner, "Owner", null));
            users.saveUser(User.known(guest));
            users.saveUser(new User(guest, "Guest", "https://img.example/g.png"));
            Study study = Study.found(studyId, "Embedded", owner, T0);
            study.putMember(owner, guest, StudyRole.MEMBER, MemberStatus.ACTIVE, T0);
            studies.createStudy(study);
        });
        assertThat(inTransaction(() -> users.loadUsers(List.of(owner, guest))).get(guest).name()).isEqualTo("Guest");
        assertThatThrownBy(() -> inTransaction(() -> studies.createStudy(Study.found(studyId, "Again", owner, T0))))
                .isInstanceOf(StudyAlreadyExistsException.class);
        assertThat(inTransaction(() -> studies.loadActiveStudiesOf(guest))).extracting(Study::id).containsExactly(studyId);

        VideoCallSession call = VideoCallSession.start(studyId, "On H2", owner, T0, MediaProvider.MESH, 10, false);
        call.admit(owner, T0);
        inTransaction(() -> {
            Study locked = studies.loadStudyForUpdate(studyId).orElseThrow();
            studies.saveStudy(locked);
            sessions.saveSession(call);
        });
        VideoCallSession joined = inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.admit(guest, T0.plusSeconds(60));
            locked.switchMedia(guest, MediaKind.AUDIO_MUTED, true, T0.plusSeconds(70));
            sessions.saveSession(locked);
            return locked;
        });
        assertSameCall(inTransaction(() -> sessions.loadSession(sessions.loadActiveSnapshot(studyId).orElseThrow().id()).orElseThrow()), joined, T0.plusSeconds(300));
        assertThat(inTransaction(() -> sessions.activeCalls(List.of(studyId))).get(studyId).presentCount()).isEqualTo(2);
        StatusProbe probe = inTransaction(() -> probes.probe(studyId, guest));
        assertThat(probe.activeMember()).isTrue();
        assertThat(probe.activeCall().orElseThrow().sessionId()).isEqualTo(call.id());
        assertThat(inTransaction(() -> probes.probe(newStudyId(), guest))).isEqualTo(new StatusProbe(false, Optional.empty()));

        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.leave(guest, T0.plusSeconds(120), LeaveReason.LEFT);
            locked.end(T0.plusSeconds(600));
            sessions.saveSession(locked);
            VideoCallSession next = VideoCallSession.start(studyId, null, owner, T0.plusSeconds(900), MediaProvider.MESH,
                    10, false);
            next.admit(owner, T0.plusSeconds(900));
            sessions.saveSession(next);
        });

        var history = inTransaction(() -> sessions.loadHistory(studyId, T0, null, 0, 10));
        assertThat(history.total()).isEqualTo(2);
        assertThat(history.sessions().get(1).session().id()).isEqualTo(call.id());
        assertThat(history.sessions().get(1).attendees()).hasSize(2);
        Instant until = T0.plusSeconds(86_400);
        assertThat(inTransaction(() -> stats.studyTotals(studyId, T0, until))).isEqualTo(new StudyTotals(1, 2, 600));
        assertThat(inTransaction(() -> stats.userTotals(studyId, guest, T0, until)).audioMutedMillis()).isEqualTo(50_000);
        assertThat(inTransaction(() -> stats.userActivity(studyId, T0, until))).hasSize(2);
        Instant utcDay = at("2026-03-02T00:00:00Z");
        assertThat(inTransaction(() -> stats.userTotals(studyId, guest, utcDay, utcDay.plusSeconds(86_400))))
                .as("a whole UTC day: read from the rollup")
                .isEqualTo(inTransaction(() -> stats.userTotals(studyId, guest, T0, until)));
        assertThat(inTransaction(() -> stats.userActivity(studyId, utcDay, utcDay.plusSeconds(86_400)))).hasSize(2);
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(inTransaction(() -> stats.sessionsPerDay(studyId,
                new ReportingPeriod(PeriodKind.WEEK, ZoneId.of("Asia/Kathmandu"), day.minusDays(6), day))))
                .containsExactly(Map.entry(day, 1L));
        assertThat(inTransaction(() -> stats.firstSessionStart(studyId))).contains(T0);
        assertThat(inTransaction(() -> stats.hasParticipated(studyId, guest))).isTrue();
    }

    @Test
    void the_reaper_queries_and_its_lock_work_on_h2() {
        UserId owner = newUserId("owner");
        StudyId studyId = newStudyId();
        inTransaction(() -> {
            users.saveUser(new User(owner, "Owner", null));
            studies.createStudy(Study.found(studyId, "Reaped", owner, T0));
        });
        VideoCallSession call = VideoCallSession.start(studyId, null, owner, T0, MediaProvider.MESH, 10, false);
        call.admit(owner, T0);
        inTransaction(() -> sessions.saveSession(call));
        Staleness staleness = new Staleness(Duration.ofSeconds(90), Duration.ofHours(12));

        inTransaction(() -> liveness.markSeen(List.of(new ConnectedParticipant(call.id(), owner)), T0.plusSeconds(60)));

        assertThat(inTransaction(() -> liveness.lastReported(call.id()))).isEqualTo(Map.of(owner, T0.plusSeconds(60)));
        assertThat(inTransaction(() -> liveness.reapCandidates(staleness, T0.plusSeconds(150), 10))).isEmpty();
        assertThat(inTransaction(() -> liveness.reapCandidates(staleness, T0.plusSeconds(151), 10)))
                .containsExactly(call.id());
        LockConfiguration lock = new LockConfiguration(Instant.now(), "h2-lock", Duration.ofMinutes(1), Duration.ZERO);
        SimpleLock held = locks.lock(lock).orElseThrow();
        assertThat(locks.lock(lock)).isEmpty();
        held.unlock();
    }

    @Test
    void h2_refuses_a_second_active_call_of_a_study_and_an_active_call_without_its_slot() {
        UserId owner = newUserId("owner");
        StudyId studyId = newStudyId();
        inTransaction(() -> {
            users.saveUser(User.known(owner));
            studies.createStudy(Study.found(studyId, "Constrained", owner, T0));
        });
        insertSession("first", studyId, null, studyId.value());

        assertThatThrownBy(() -> insertSession("second", studyId, null, studyId.value()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertSession("slotless", studyId, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertSession("ended-in-slot", studyId, T0.plusSeconds(60), studyId.value()))
                .isInstanceOf(DataIntegrityViolationException.class);
        insertSession("ended", studyId, T0.plusSeconds(60), null);
        assertThat(jdbc.queryForObject("select count(*) from video_call_sessions where study_id = ?", Long.class,
                studyId.value())).isEqualTo(2);
    }

    private void insertSession(String name, StudyId study, Instant endedAt, String activeStudyId) {
        String id = name + "-" + study.value();
        jdbc.update("""
                        insert into video_call_sessions (id, study_id, room_id, started_by, started_at, ended_at,
                            duration_seconds, media_provider, max_participants, auto_created, active_study_id, version)
                        values (?, ?, ?, 'someone', ?, ?, ?, 'MESH', 10, false, ?, 0)""",
                id, study.value(), "room-" + id, Timestamp.from(T0), endedAt == null ? null : Timestamp.from(endedAt),
                endedAt == null ? null : 60L, activeStudyId);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }
}
