package com.customeraccounts.persistence.database;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's data source ({@code java:app/jdbc/customers}, declared by the WAR's {@code web.xml}),
 * for the adapters that use plain JDBC. Looked up, not injected: a {@code @Resource} on a bean in a
 * library jar is not registered.
 */
public final class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/customers";

    private ApplicationDataSource() {}

    public static DataSource lookup() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The data source " + JNDI_NAME + " is not declared", e);
        }
    }
}
