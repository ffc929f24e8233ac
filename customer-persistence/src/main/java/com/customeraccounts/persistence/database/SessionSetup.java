package com.customeraccounts.persistence.database;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/** The persistence unit's session customizer: how queries are retried, and how refusals are logged. */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new QueryRetry().customize(session);
        RefusalLog.install(session);
    }
}
