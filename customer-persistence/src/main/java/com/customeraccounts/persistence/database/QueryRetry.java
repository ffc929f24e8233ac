package com.customeraccounts.persistence.database;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * How EclipseLink retries a query whose connection failed: once, at once. Its defaults (several attempts, 5 s
 * apart) held each request 10 s when the database was down before the failure reached the client. A single
 * immediate retry still covers a connection that went stale while the database restarted: the pool validates
 * connections and drops them all on a failure, so the retry gets a fresh one or fails as fast.
 */
public class QueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
