package com.customeraccounts.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ServiceProcess} on a PostgreSQL of its own, which outlives the process: for the tests that read or
 * write the service's tables after it has stopped or been killed, or start it again on the same data.
 */
final class ServiceOnOwnPostgres implements AutoCloseable {

    private final ServiceProcess service = new ServiceProcess();
    private final EmbeddedPostgres postgres;
    private final String dataDir;

    ServiceOnOwnPostgres(String dataDirPrefix) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), dataDirPrefix)
                .toString();
    }

    /** Starts (or starts again) the service on this database and data directory, with these JVM options last. */
    ServiceProcess start(String... options) throws IOException {
        List<String> all = new ArrayList<>(List.of(
                "-Ddb.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "-Ddb.user=postgres",
                "-Ddb.password=postgres"));
        all.addAll(List.of(options));
        service.start(PackagedWar.asRoot(), dataDir, all.toArray(String[]::new));
        return service;
    }

    ServiceProcess service() {
        return service;
    }

    /** A connection of the test's own to the service's database. */
    Connection database() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** Kills the service if it still runs, and removes the database. */
    @Override
    public void close() throws IOException, InterruptedException {
        service.kill();
        postgres.close();
    }
}
