package com.customeraccounts.persistence.migration.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import com.customeraccounts.migration.pull.MigrationMode;
import com.customeraccounts.migration.pull.MigrationPhase;
import com.customeraccounts.migration.pull.MigrationRun;
import com.customeraccounts.migration.pull.Progress;
import com.customeraccounts.migration.pull.Rejection;
import com.customeraccounts.migration.pull.RunCounters;
import com.customeraccounts.migration.pull.RunLost;
import com.customeraccounts.migration.pull.RunStatus;
import com.customeraccounts.persistence.database.FreshDatabases;
import com.customeraccounts.persistence.database.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The runs as the database keeps them, on a real PostgreSQL 17 and on H2. */
class JdbcMigrationRunsIT {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    static Stream<Arguments> databases() {
        return FreshDatabases.postgresAndH2();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesASecondRunningRunUntilTheFirstEnds(String name, Supplier<DataSource> database) {
        JdbcMigrationRuns runs = new JdbcMigrationRuns(database.get());
        MigrationRun first = runs.create(MigrationMode.FULL, false, NOW, "instance-a");

        assertThatThrownBy(() -> runs.create(MigrationMode.DELTA, false, NOW, "instance-b"))
                .isInstanceOf(InputException.class)
                .hasMessage("A migration run is already running (run " + first.id() + "). Wait until it ends.");

        runs.finish(first.id(), "instance-a", RunStatus.COMPLETED, null, NOW.plusSeconds(5));
        MigrationRun second = runs.create(MigrationMode.DELTA, true, NOW.plusSeconds(6), "instance-b");
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(runs.lastCompleted()).map(MigrationRun::id).contains(first.id());
    }

    /** Two instances that both found no running run: the database still lets only one in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDatabaseItselfHoldsOneRunningSlot(String name, Supplier<DataSource> database) throws SQLException {
        DataSource ds = database.get();
        insertRunning(ds);

        assertThatThrownBy(() -> insertRunning(ds))
                .satisfies(e -> assertThat(SqlErrors.isUniqueViolation(e)).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsProgressOnlyFromTheOwnerAndLetsAnotherInstanceTakeOverAStaleRun(
            String name, Supplier<DataSource> database) {
        JdbcMigrationRuns runs = new JdbcMigrationRuns(database.get());
        long id = runs.create(MigrationMode.FULL, false, NOW, "instance-a").id();
        runs.progress(new Progress(
                id,
                "instance-a",
                MigrationPhase.CUSTOMERS,
                500,
                new RunCounters(500, 499, 0, 1, 0),
                List.of(Rejection.customer(17, "The customer has no lastname.")),
                NOW.plusSeconds(1)));

        assertThat(runs.abandoned(NOW.plusSeconds(1))).isEmpty();
        assertThat(runs.abandoned(NOW.plusSeconds(31))).containsExactly(id);
        assertThat(runs.claim(id, "instance-b", NOW.plusSeconds(32), NOW.plusSeconds(2)))
                .isTrue();
        assertThat(runs.claim(id, "instance-c", NOW.plusSeconds(32), NOW.plusSeconds(2)))
                .as("already taken")
                .isFalse();
        assertThatThrownBy(() -> runs.progress(new Progress(
                        id,
                        "instance-a",
                        MigrationPhase.CUSTOMERS,
                        1000,
                        new RunCounters(500, 500, 0, 0, 0),
                        List.of(),
                        NOW.plusSeconds(32))))
                .isInstanceOf(RunLost.class);

        MigrationRun run = runs.find(id).orElseThrow();
        assertThat(run.owner()).isEqualTo("instance-b");
        assertThat(run.checkpoint()).isEqualTo(500);
        assertThat(run.counters()).isEqualTo(new RunCounters(500, 499, 0, 1, 0));
        assertThat(run.phase()).isEqualTo(MigrationPhase.CUSTOMERS);
        assertThat(runs.rejections(id, 10)).containsExactly(Rejection.customer(17, "The customer has no lastname."));
    }

    private static void insertRunning(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO "
                        + "migration_run (mode, dry_run, status, running_slot, phase, started_at, heartbeat_at, owner) "
                        + "VALUES ('full', FALSE, 'running', 1, 'groups', ?, ?, 'someone')")) {
            insert.setObject(1, LocalDateTime.of(2026, 6, 1, 12, 0));
            insert.setObject(2, LocalDateTime.of(2026, 6, 1, 12, 0));
            insert.executeUpdate();
        }
    }
}
