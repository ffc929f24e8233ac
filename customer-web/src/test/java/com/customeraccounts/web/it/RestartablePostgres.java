package com.customeraccounts.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL of a test's own, which the test stops and starts again on the same data directory and port, as
 * an operator restarts a database under a running service.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path data;
    private int port;
    private EmbeddedPostgres postgres;

    /** Starts it on a fresh data directory under the run's data directory. */
    RestartablePostgres() throws IOException {
        data = Files.createTempDirectory(Path.of(TestServer.dataDir()), "own-pg-");
        start();
        port = postgres.getPort();
    }

    /** Starts it again, on the same data directory and port. */
    void start() throws IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        postgres = builder.start();
    }

    /** Stops it; it no longer accepts connections once this returns. */
    void stop() throws IOException {
        postgres.close();
        postgres = null;
    }

    /** A connection of the test's own, to read or write the service's tables. */
    Connection connection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** The JVM options that point the service at this database. */
    List<String> serviceOptions() {
        return List.of(
                "-Ddb.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "-Ddb.user=postgres",
                "-Ddb.password=postgres");
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            stop();
        }
    }
}
