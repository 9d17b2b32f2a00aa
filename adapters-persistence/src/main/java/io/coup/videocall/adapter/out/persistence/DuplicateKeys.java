package io.coup.videocall.adapter.out.persistence;

import jakarta.persistence.EntityExistsException;

import java.sql.SQLException;

/** Recognises a unique or primary key violation behind whatever the JPA stack wrapped it in. */
final class DuplicateKeys {

    /** SQLSTATE unique_violation: PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
