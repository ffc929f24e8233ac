package com.customeraccounts.persistence.database;

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
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * For tests whose statements reach every row of a table (deletes, counts): a new migrated database per
 * test, on one embedded PostgreSQL 17 started for the whole run, and on a new in-memory H2.
 */
public final class FreshDatabases {

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private FreshDatabases() {}

    /** Arguments (name, {@code Supplier<DataSource>}) for a {@code @MethodSource}. */
    public static Stream<Arguments> postgresAndH2() {
        Supplier<DataSource> pg = () -> {
            String name = "fresh_" + CREATED.incrementAndGet();
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

    /** A new migrated PostgreSQL database. */
    @SuppressWarnings("unchecked")
    public static DataSource freshPostgres() {
        return postgresAndH2()
                .filter(arguments -> arguments.get()[0].equals("PostgreSQL"))
                .map(arguments -> ((Supplier<DataSource>) arguments.get()[1]).get())
                .findFirst()
                .orElseThrow();
    }

    private static DataSource migrated(DataSource ds) {
        SchemaMigration.migrate(ds);
        return ds;
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
