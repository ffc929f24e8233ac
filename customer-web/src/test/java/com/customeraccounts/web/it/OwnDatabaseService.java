package com.customeraccounts.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service in a process of its own on a PostgreSQL of its own, for the tests that stop, restart or kill
 * either; {@link #close} stops both.
 */
final class OwnDatabaseService implements AutoCloseable {

    final ServiceProcess service = new ServiceProcess();
    private RestartablePostgres database;

    /** Starts the database, then the service on it with data of its own and these extra JVM options. */
    void start(String... options) throws IOException {
        database = new RestartablePostgres();
        restartService(options);
    }

    /** Starts the service (again, after a stop or a kill) on the same database. */
    void restartService(String... options) throws IOException {
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "own-service-")
                .toString();
        List<String> all = new ArrayList<>(database.serviceOptions());
        all.addAll(List.of(options));
        service.start(PackagedWar.asRoot(), dataDir, all.toArray(String[]::new));
    }

    RestartablePostgres database() {
        return database;
    }

    CustomerApi api() {
        return service.api();
    }

    @Override
    public void close() throws Exception {
        service.stop();
        if (database != null) {
            database.close();
        }
    }
}
