package com.customeraccounts.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may answer from memory: only a single instance alone on its database, and only until another instance
 * comes, which waits until it no longer does. On a real PostgreSQL 17, a fresh database per test.
 */
class DatabaseShareIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final DataSource database = FreshDatabases.freshPostgres();
    private DatabaseShare first;
    private DatabaseShare second;

    @AfterEach
    void release() throws SQLException {
        for (DatabaseShare share : new DatabaseShare[] {first, second}) {
            if (share != null) {
                share.release();
            }
        }
    }

    @Test
    void aSingleInstanceAloneIsSoleUntilASecondSingleInstanceStartsWhichItLetsInFirst() throws Exception {
        first = DatabaseShare.take(database, true, WAIT);
        assertThat(first.isSole()).isTrue();

        CompletableFuture<DatabaseShare> starting = CompletableFuture.supplyAsync(() -> take(true));
        second = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(first.isSole())
                .as("the first, once the second is in: it stopped before letting it in")
                .isFalse();
        assertThat(second.isSole()).as("the second, beside the first").isFalse();
    }

    @Test
    void aClusterMemberIsLetInAndNeverSoleAndASingleInstanceAfterItIsNotSoleEither() throws Exception {
        first = DatabaseShare.take(database, true, WAIT);
        second = CompletableFuture.supplyAsync(() -> take(false)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(first.isSole()).isFalse();
        assertThat(second.isSole()).isFalse();
        first.release();
        first = DatabaseShare.take(database, true, WAIT);
        assertThat(first.isSole())
                .as("a single instance started while a cluster member runs")
                .isFalse();
    }

    @Test
    void aSoleInstanceWhoseHoldBreaksIsNoLongerSoleAndHoldsItsShareAgain() throws Exception {
        first = DatabaseShare.take(database, true, WAIT);

        Set<Integer> ended = endEveryHoldOnThisDatabase();

        awaitHeldAgainByAnotherConnection(ended);
        assertThat(first.isSole()).isFalse();
        second = DatabaseShare.take(database, true, WAIT);
        assertThat(second.isSole())
                .as("a single instance started after the first holds its share again")
                .isFalse();
    }

    @Test
    void aClusterMemberWhoseHoldBreaksHoldsItsShareAgain() throws Exception {
        first = DatabaseShare.take(database, false, WAIT);

        Set<Integer> ended = endEveryHoldOnThisDatabase();

        awaitHeldAgainByAnotherConnection(ended);
        second = DatabaseShare.take(database, true, WAIT);
        assertThat(second.isSole())
                .as("a single instance started beside the member, once it holds its share again")
                .isFalse();
    }

    /** The server processes of the connections that held the lock, each ended. */
    private Set<Integer> endEveryHoldOnThisDatabase() throws SQLException {
        Set<Integer> holders = holders();
        try (Connection admin = database.getConnection();
                Statement kill = admin.createStatement()) {
            for (int pid : holders) {
                kill.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
        }
        assertThat(holders).as("connections holding the lock").isNotEmpty();
        return holders;
    }

    private void awaitHeldAgainByAnotherConnection(Set<Integer> ended) throws SQLException {
        Instant deadline = Instant.now().plus(WAIT);
        while (holders().stream().allMatch(ended::contains)) {
            assertThat(Instant.now()).as("the lock held again").isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private Set<Integer> holders() throws SQLException {
        Set<Integer> pids = new HashSet<>();
        try (Connection admin = database.getConnection();
                Statement select = admin.createStatement();
                ResultSet row = select.executeQuery("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            while (row.next()) {
                pids.add(row.getInt(1));
            }
        }
        return pids;
    }

    @Test
    void aSecondInstanceNotLetInInTimeGetsNoShareAndIsToldWhy() throws Exception {
        // a sole instance that never looks for others, as a hung one would
        try (Connection hung = database.getConnection();
                Statement lock = hung.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + DatabaseShare.KEY + ")");

            Instant started = Instant.now();
            assertThat(catching(() -> DatabaseShare.take(database, false, Duration.ofSeconds(2))))
                    .hasMessageContaining("Another instance runs alone on this database and did not let this one in");
            assertThat(Duration.between(started, Instant.now())).isLessThan(WAIT);
        }
    }

    @Test
    void onH2ASingleInstanceIsSoleAndAClusterMemberIsNotNorOneThroughH2sServer() throws SQLException {
        @SuppressWarnings("unchecked")
        DataSource h2 = FreshDatabases.postgresAndH2()
                .filter(arguments -> arguments.get()[0].equals("H2"))
                .map(arguments -> ((Supplier<DataSource>) arguments.get()[1]).get())
                .findFirst()
                .orElseThrow();

        assertThat(DatabaseShare.take(h2, true, WAIT).isSole()).isTrue();
        assertThat(DatabaseShare.take(h2, false, WAIT).isSole()).isFalse();

        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            JdbcDataSource throughItsServer = new JdbcDataSource();
            throughItsServer.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + UUID.randomUUID());
            assertThat(DatabaseShare.take(throughItsServer, true, WAIT).isSole())
                    .as("H2 through its server, which other processes may reach")
                    .isFalse();
        } finally {
            server.stop();
        }
    }

    private DatabaseShare take(boolean singleInstance) {
        try {
            return DatabaseShare.take(database, singleInstance, WAIT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Taking {
        void take() throws Exception;
    }

    private static Throwable catching(Taking taking) {
        try {
            taking.take();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("it was let in");
    }
}
