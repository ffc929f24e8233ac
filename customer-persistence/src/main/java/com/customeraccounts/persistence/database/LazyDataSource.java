package com.customeraccounts.persistence.database;

import javax.sql.DataSource;

/** The data source given, or else the application's, looked up on first use (see {@link ApplicationDataSource}). */
public final class LazyDataSource {

    private volatile DataSource dataSource;

    public LazyDataSource(DataSource given) {
        this.dataSource = given;
    }

    public DataSource get() {
        DataSource current = dataSource;
        if (current == null) {
            current = ApplicationDataSource.lookup();
            dataSource = current;
        }
        return current;
    }
}
