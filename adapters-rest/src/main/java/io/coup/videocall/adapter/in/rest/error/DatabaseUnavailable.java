package io.coup.videocall.adapter.in.rest.error;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures that mean the database cannot be reached right now (docs/operations.md, "Database outage"): no connection
 * from the pool in time, a refused or broken connection, a server shutting down or starting up. They are answered
 * 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, not as a 500: nothing is wrong with the request, and the
 * connection pool reconnects by itself once the database is back. They surface wherever the database is first
 * touched (the transaction of a use case, the user sync filter), so they are recognised by their cause chain.
 */
final class DatabaseUnavailable {

    static final String CODE = "DATABASE_UNAVAILABLE";
    static final String MESSAGE = "The database is unavailable; try again shortly.";
    static final int RETRY_AFTER_SECONDS = 5;
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && (isUnavailableState(sql.getSQLState()) || isClosedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's answer on a connection the server killed under a request (a restart terminates every session): it
     * carries no SQLSTATE, and it often replaces the server's own 57P01 when the rollback fails on the dead connection.
     */
    private static boolean isClosedByPool(SQLException e) {
        return e.getSQLState() == null && CLOSED_BY_POOL.equals(e.getMessage());
    }

    /** SQLSTATE class 08 (connection exception); 57P01-57P03 (shutting down, crashed, cannot connect now). */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return headers;
    }

    static ApiError body() {
        return ApiError.of(CODE, MESSAGE);
    }
}
