package com.customeraccounts.notification;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The application's data source, declared by the deployable module (the WAR's {@code web.xml}). */
final class OutboxDataSource {

    private static final String JNDI_NAME = "java:app/jdbc/customers";
    private static volatile DataSource dataSource;

    private OutboxDataSource() {}

    /** Looked up, not injected: a {@code @Resource} on a bean in a library jar is not registered. */
    static DataSource get() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = InitialContext.doLookup(JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("The data source " + JNDI_NAME + " is not declared", e);
            }
            dataSource = current;
        }
        return current;
    }
}
