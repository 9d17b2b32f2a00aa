package io.coup.videocall.adapter.out.persistence.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.security.SecureRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One isolated, real PostgreSQL database per test JVM, for every test that needs the database
 * (this module's tests and, through the test-jar, the bootstrap tests).
 *
 * <p>The server is chosen in this order, first match wins:
 * <ol>
 *   <li><b>{@code COUP_TEST_DB_URL}</b> (a {@code jdbc:postgresql:} URL, optional {@code COUP_TEST_DB_USER}
 *       and {@code COUP_TEST_DB_PASSWORD}, default {@code postgres} / empty): an explicit choice always wins,
 *       and if that server cannot be used the tests fail rather than quietly use another one.</li>
 *   <li><b>Testcontainers</b> ({@code postgres:16-alpine}) when a Docker engine is reachable: the most
 *       reproducible option on a developer machine. A docker socket (or {@code DOCKER_HOST}) is looked for
 *       first, because asking Testcontainers without Docker logs a noisy error.</li>
 *   <li><b>{@code localhost:5432}</b> as user {@code postgres}: the PostgreSQL the CI machines run
 *       (trust auth, no Docker engine there).</li>
 * </ol>
 *
 * <p>A container is fresh by construction. On a shared server (1 and 3) the isolation is a new database
 * {@code coup_test_<random hex>}, created through the server's {@code postgres} database (the user needs
 * CREATEDB) and dropped with {@code DROP DATABASE ... WITH (FORCE)} (PostgreSQL 13+) in a JVM shutdown hook,
 * so concurrent builds and leftover data never meet.
 *
 * <p>There is deliberately no H2 fallback: the tests exist to prove the Flyway migrations and queries on real
 * PostgreSQL. If none is found the first call fails with a message saying how to provide one.
 *
 * <p>Initialisation is lazy, thread-safe and happens once per JVM; a failure is remembered and rethrown.
 * Use from Spring tests:
 * <pre>{@code
 * @DynamicPropertySource
 * static void db(DynamicPropertyRegistry registry) { TestPostgres.register(registry); }
 * }</pre>
 */
public final class TestPostgres {

    /** Image used when Docker is available. */
    public static final String IMAGE = "postgres:16-alpine";

    static final String ENV_URL = "COUP_TEST_DB_URL";
    static final String ENV_USER = "COUP_TEST_DB_USER";
    static final String ENV_PASSWORD = "COUP_TEST_DB_PASSWORD";
    static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";
    static final String DATABASE_PREFIX = "coup_test_";

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    /** Where the database came from, its coordinates, and whether it lives in a throw-away container. */
    private record Database(String jdbcUrl, String username, String password, boolean container, String source) {
    }

    private static Database database;
    private static RuntimeException failure;

    private TestPostgres() {
    }

    /** JDBC URL of this JVM's test database. */
    public static String jdbcUrl() {
        return database().jdbcUrl();
    }

    public static String username() {
        return database().username();
    }

    public static String password() {
        return database().password();
    }

    /** True when the database is a Testcontainers container (its name is then the image default, not coup_test_*). */
    public static boolean isContainer() {
        return database().container();
    }

    /** Registers {@code spring.datasource.*} for {@code @DynamicPropertySource}; values resolve lazily. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    private static synchronized Database database() {
        if (database == null && failure == null) {
            try {
                database = start();
                System.out.println("[TestPostgres] " + database.source() + ": " + database.jdbcUrl());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return database;
    }

    private static Database start() {
        String user = envOr(ENV_USER, "postgres");
        String password = envOr(ENV_PASSWORD, "");

        String explicitUrl = System.getenv(ENV_URL);
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            try {
                return freshDatabase(explicitUrl.trim(), user, password, ENV_URL);
            } catch (SQLException | RuntimeException e) {
                throw new IllegalStateException("Cannot create a test database on " + ENV_URL + "=" + explicitUrl
                        + " as user '" + user + "' (the user needs CREATEDB): " + e.getMessage(), e);
            }
        }

        if (dockerSocketPresent() && testcontainersOnClasspath() && Containers.dockerAvailable()) {
            return Containers.start();
        }

        try {
            return freshDatabase(LOCAL_URL, user, password, "localhost:5432");
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests (they need a real one; there is no H2 fallback).
                    Tried: %s not set; no Docker engine for Testcontainers; %s as user '%s' failed: %s
                    Provide one of:
                      - export %s=jdbc:postgresql://HOST:5432/postgres (and %s / %s; the user needs CREATEDB)
                      - a running Docker engine (Testcontainers starts %s)
                      - a local PostgreSQL on localhost:5432 accepting user 'postgres', e.g.
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"""
                    .formatted(ENV_URL, LOCAL_URL, user, e.getMessage(), ENV_URL, ENV_USER, ENV_PASSWORD, IMAGE), e);
        }
    }

    /** Creates {@code coup_test_<hex>} on the server behind {@code serverUrl} and drops it when the JVM exits. */
    private static Database freshDatabase(String serverUrl, String user, String password, String source)
            throws SQLException {
        if (!serverUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("not a jdbc:postgresql: URL: " + serverUrl);
        }
        String adminUrl = withDatabase(serverUrl, "postgres");
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String name = DATABASE_PREFIX + HexFormat.of().formatHex(random);

        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("[TestPostgres] could not drop " + name + ": " + e.getMessage());
            }
        }, "TestPostgres-drop-" + name));
        return new Database(withDatabase(serverUrl, name), user, password, false,
                source + ", fresh database " + name);
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = connect(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Plain JDBC connection with short timeouts, so an absent server fails in seconds, not minutes. */
    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(url, properties);
    }

    /**
     * The same {@code jdbc:postgresql:} URL pointing at another database, keeping hosts and parameters:
     * {@code jdbc:postgresql://h:5432/a?ssl=true} becomes {@code jdbc:postgresql://h:5432/b?ssl=true}.
     */
    static String withDatabase(String url, String database) {
        String rest = url.substring(JDBC_PREFIX.length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query);
        String location = query < 0 ? rest : rest.substring(0, query);
        if (!location.startsWith("//")) {
            return JDBC_PREFIX + database + params;  // jdbc:postgresql:db
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return JDBC_PREFIX + hosts + "/" + database + params;
    }

    /** Cheap pre-check so machines without Docker never reach Testcontainers' noisy probe. */
    private static boolean dockerSocketPresent() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }

    /** Testcontainers is test-scoped in this module; a consumer of the test-jar may not have it. */
    private static boolean testcontainersOnClasspath() {
        try {
            Class.forName("org.testcontainers.postgresql.PostgreSQLContainer", false,
                    TestPostgres.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Kept apart so Testcontainers classes load only when Docker is actually there. */
    private static final class Containers {

        static boolean dockerAvailable() {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }

        static Database start() {
            var container = new org.testcontainers.postgresql.PostgreSQLContainer(IMAGE);
            container.start();
            // Ryuk removes it anyway; stopping here also covers machines with Ryuk disabled.
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "TestPostgres-stop-container"));
            return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword(), true,
                    "Testcontainers " + IMAGE);
        }
    }
}
