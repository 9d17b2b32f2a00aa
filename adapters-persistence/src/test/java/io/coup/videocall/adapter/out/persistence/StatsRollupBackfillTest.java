package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.adapter.out.persistence.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway V6 adds up the calls that ended before it, on both databases the service runs on: a schema is migrated to
 * V5, given calls, then migrated on.
 */
class StatsRollupBackfillTest {

    private static final Instant EARLY = at("2026-03-01T23:50:00Z");   // quarter hour 23:45, UTC day 03-01
    private static final Instant LATE = at("2026-03-01T23:55:00Z");    // same quarter hour and day
    private static final Instant LIVE = at("2026-03-02T09:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void v6_rolls_up_the_calls_that_ended_before_it(String database) {
        // PostgreSQL: a schema of its own in the shared test database; H2: a database of its own. One connection
        // throughout, as a pool keeps them: H2's CHECKs stop working once the session that created them is closed.
        boolean h2 = database.equals("h2");
        String schema = h2 ? "public" : "backfill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SingleConnectionDataSource dataSource = h2
                ? new SingleConnectionDataSource("jdbc:h2:mem:backfill;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH", "sa", "", true)
                : new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.username(),
                        TestPostgres.password(), true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, schema, "5").migrate();
        jdbc.update("INSERT INTO " + schema + ".studies (id, name, created_at, version) VALUES ('s1', 'Study', ?, 0)",
                ts(EARLY));
        call(jdbc, schema, "c1", EARLY, 600);
        participant(jdbc, schema, "c1", "ann", EARLY, 500_000, 60_000);
        participant(jdbc, schema, "c1", "ben", EARLY.plusSeconds(30), 400_000, 0);
        call(jdbc, schema, "c2", LATE, 300);
        participant(jdbc, schema, "c2", "ann", LATE, 300_000, 1_000);
        call(jdbc, schema, "live", LIVE, null);
        participant(jdbc, schema, "live", "ann", LIVE, 0, 0);

        flyway(dataSource, schema, "latest").migrate();

        long quarterHour = at("2026-03-01T23:45:00Z").getEpochSecond();
        long day = at("2026-03-01T00:00:00Z").getEpochSecond();
        assertThat(jdbc.queryForList("SELECT bucket_start, sessions, participants, duration_seconds FROM "
                + schema + ".study_call_rollups"))
                .containsExactly(Map.of("bucket_start", quarterHour, "sessions", 2L, "participants", 3L,
                        "duration_seconds", 900L));
        assertThat(jdbc.queryForList("SELECT user_id, day_start, sessions, attended_ms, audio_muted_ms FROM "
                + schema + ".user_attendance_rollups ORDER BY user_id"))
                .containsExactly(
                        Map.of("user_id", "ann", "day_start", day, "sessions", 2L, "attended_ms", 800_000L,
                                "audio_muted_ms", 61_000L),
                        Map.of("user_id", "ben", "day_start", day, "sessions", 1L, "attended_ms", 400_000L,
                                "audio_muted_ms", 0L));
        assertThat(jdbc.queryForObject("SELECT first_join FROM " + schema
                + ".user_attendance_rollups WHERE user_id = 'ann'", Timestamp.class).toInstant()).isEqualTo(EARLY);
        assertThat(jdbc.queryForObject("SELECT last_join FROM " + schema
                + ".user_attendance_rollups WHERE user_id = 'ann'", Timestamp.class).toInstant()).isEqualTo(LATE);
        if (!h2) {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        dataSource.destroy();
    }

    private static Flyway flyway(DataSource dataSource, String schema, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target);
        return (schema.equals("public") ? configuration : configuration.schemas(schema).defaultSchema(schema)).load();
    }

    /** A call of study s1; {@code seconds} null: still active. */
    private static void call(JdbcTemplate jdbc, String schema, String id, Instant start, Integer seconds) {
        boolean ended = seconds != null;
        jdbc.update("INSERT INTO " + schema + """
                .video_call_sessions (id, study_id, room_id, started_by, started_at, ended_at, duration_seconds,
                                                 media_provider, max_participants, auto_created, active_study_id, version)
                VALUES (?, 's1', ?, 'ann', ?, ?, ?, 'MESH', 10, FALSE, ?, 0)""",
                id, "room-" + id, ts(start), ended ? ts(start.plusSeconds(seconds)) : null, seconds, ended ? null : "s1");
    }

    private static void participant(JdbcTemplate jdbc, String schema, String call, String user, Instant joined,
                                    long attendedMs, long mutedMs) {
        jdbc.update("INSERT INTO " + schema + """
                .participants (id, session_id, user_id, joined_at, left_at, attended_ms, open_since,
                                          audio_muted_ms, video_off_ms, screen_shared_ms, message_count, kicked)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0, 0, 0, FALSE)""",
                call + "-" + user, call, user, ts(joined), ts(joined.plusMillis(attendedMs)), attendedMs, mutedMs);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

}
