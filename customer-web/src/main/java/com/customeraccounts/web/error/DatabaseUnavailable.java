package com.customeraccounts.web.error;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * A failure caused by the database being out of reach (refused, gone, shutting down), however the pool, JPA or
 * JTA wrapped it: not this service's fault, and over once the database is back, so the client gets {@link Unavailable}'s
 * 503, and the log gets the failure under the request's report id like any
 * internal error. Any other database error (a constraint, a bad statement, a timeout) stays a 500.
 */
public final class DatabaseUnavailable {

    /**
     * PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now: the server was stopped or is starting.
     * SQLSTATE class 08, connection exception, is matched as a class.
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    /**
     * Whether anything in the failure's chain of causes says the database cannot be reached. Only SQL failures
     * count: a refused connection to anything else (a mail server, say) is not this.
     */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SERVER_GONE.contains(state)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The 503 for the client; the failure is logged under the request's report id. */
    public static Response report(Throwable failure) {
        InternalErrors.log(failure);
        return ErrorBody.response(503, Unavailable.MESSAGE);
    }
}
