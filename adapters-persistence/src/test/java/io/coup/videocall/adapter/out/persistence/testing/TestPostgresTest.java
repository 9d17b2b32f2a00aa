package io.coup.videocall.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/** Runs against the real PostgreSQL that {@link TestPostgres} finds; there is no H2 here. */
class TestPostgresTest {

    @Test
    void handsOutAReachableFreshDatabase() throws SQLException {
        try (Connection connection = TestPostgres.connect(TestPostgres.jdbcUrl(), TestPostgres.username(),
                TestPostgres.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select 1")).isEqualTo("1");
            String name = single(statement, "select current_database()");
            assertThat(name).isNotEqualTo("postgres");
            if (!TestPostgres.isContainer()) {
                assertThat(name).startsWith(TestPostgres.DATABASE_PREFIX);
            }
        }
    }

    @Test
    void isADifferentDatabaseFromTheAdminPostgresDatabase() throws SQLException {
        String table = "coup_probe_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String adminUrl = TestPostgres.withDatabase(TestPostgres.jdbcUrl(), "postgres");
        try (Connection test = TestPostgres.connect(TestPostgres.jdbcUrl(), TestPostgres.username(),
                TestPostgres.password());
             Connection admin = TestPostgres.connect(adminUrl, TestPostgres.username(), TestPostgres.password());
             Statement inTest = test.createStatement();
             Statement inAdmin = admin.createStatement()) {
            assertThat(single(inAdmin, "select current_database()")).isEqualTo("postgres");
            assertThat(single(inTest, "select current_database()"))
                    .isNotEqualTo(single(inAdmin, "select current_database()"));

            inTest.execute("create table " + table + " (id int)");
            try {
                assertThat(single(inTest, "select to_regclass('" + table + "') is not null")).isEqualTo("t");
                assertThat(single(inAdmin, "select to_regclass('" + table + "') is not null")).isEqualTo("f");
            } finally {
                inTest.execute("drop table " + table);
            }
        }
    }

    @Test
    void sameDatabaseForTheWholeJvm() {
        assertThat(TestPostgres.jdbcUrl()).isEqualTo(TestPostgres.jdbcUrl());
    }

    @Test
    void rewritesOnlyTheDatabaseOfAUrl() {
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db:5432/coup?ssl=true&x=y", "postgres"))
                .isEqualTo("jdbc:postgresql://db:5432/postgres?ssl=true&x=y");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://a:1,b:2/coup", "other"))
                .isEqualTo("jdbc:postgresql://a:1,b:2/other");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://localhost", "postgres"))
                .isEqualTo("jdbc:postgresql://localhost/postgres");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://localhost/?user=u", "postgres"))
                .isEqualTo("jdbc:postgresql://localhost/postgres?user=u");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql:coup", "postgres"))
                .isEqualTo("jdbc:postgresql:postgres");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
