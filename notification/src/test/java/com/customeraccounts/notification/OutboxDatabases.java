package com.customeraccounts.notification;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A fresh, migrated database per test: a new database on an embedded PostgreSQL (one per test run, stopped
 * when the JVM exits), or a new H2 in-memory one.
 */
final class OutboxDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private OutboxDatabases() {}

    static Stream<Arguments> both() {
        Supplier<DataSource> pg = () -> {
            String name = "outbox_" + DATABASES.incrementAndGet();
            try (Connection c = postgres().getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return migrated(postgres().getDatabase("postgres", name));
        };
        Supplier<DataSource> h2 = () -> {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return migrated(ds);
        };
        return Stream.of(Arguments.of("PostgreSQL", pg), Arguments.of("H2", h2));
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting: its child process goes with it
                    }
                }));
                postgres = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    private static DataSource migrated(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return ds;
    }
}
