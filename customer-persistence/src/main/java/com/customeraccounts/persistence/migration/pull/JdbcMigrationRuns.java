package com.customeraccounts.persistence.migration.pull;

import static com.customeraccounts.persistence.migration.pull.Timestamps.instant;
import static com.customeraccounts.persistence.migration.pull.Timestamps.utc;

import com.customeraccounts.error.InputException;
import com.customeraccounts.migration.pull.MigrationMode;
import com.customeraccounts.migration.pull.MigrationPhase;
import com.customeraccounts.migration.pull.MigrationRun;
import com.customeraccounts.migration.pull.MigrationRunStore;
import com.customeraccounts.migration.pull.Progress;
import com.customeraccounts.migration.pull.Rejection;
import com.customeraccounts.migration.pull.RunCounters;
import com.customeraccounts.migration.pull.RunStatus;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.SqlErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code migration_run} and {@code migration_rejection}, each call in a transaction of its own (or the caller's). */
@ApplicationScoped
@Transactional
public class JdbcMigrationRuns implements MigrationRunStore {

    static final String ALREADY_RUNNING = "A migration run is already running. Wait until it ends.";
    private static final String COLUMNS = "run_id, mode, dry_run, status, phase, checkpoint_id, source_started_at, "
            + "since, total_rows, rows_read, rows_written, rows_unchanged, rows_rejected, rows_deleted, started_at, "
            + "heartbeat_at, finished_at, owner, error";

    private final LazyDataSource dataSource;

    public JdbcMigrationRuns() {
        this(null);
    }

    public JdbcMigrationRuns(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    @Override
    public MigrationRun create(MigrationMode mode, boolean dryRun, Instant now, String owner) {
        try (Connection connection = dataSource.get().getConnection()) {
            Optional<Long> running = running(connection);
            if (running.isPresent()) {
                throw InputException.of(
                        ALREADY_RUNNING.replace("already running", "already running (run " + running.get() + ")"));
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO migration_run (mode, dry_run, "
                            + "status, running_slot, phase, started_at, heartbeat_at, owner) VALUES (?, ?, 'running', 1, "
                            + "'groups', ?, ?, ?)",
                    new String[] {"run_id"})) {
                insert.setString(1, mode.code());
                insert.setBoolean(2, dryRun);
                insert.setObject(3, utc(now));
                insert.setObject(4, utc(now));
                insert.setString(5, owner);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw InputException.of(ALREADY_RUNNING);
                }
                throw e;
            }
            return find(connection, id).orElseThrow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The run holding the one running slot, if any: a run started while another runs is refused. */
    private static Optional<Long> running(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT run_id FROM migration_run WHERE running_slot = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
        }
    }

    @Override
    public Optional<MigrationRun> find(long id) {
        try (Connection connection = dataSource.get().getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Optional<MigrationRun> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM migration_run WHERE run_id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(run(row)) : Optional.empty();
            }
        }
    }

    @Override
    public List<MigrationRun> recent(int limit) {
        return runs("SELECT " + COLUMNS + " FROM migration_run ORDER BY run_id DESC", limit);
    }

    @Override
    public Optional<MigrationRun> lastCompleted() {
        return runs(
                        "SELECT " + COLUMNS + " FROM migration_run WHERE status = 'completed' AND dry_run = FALSE "
                                + "ORDER BY run_id DESC",
                        1)
                .stream()
                .findFirst();
    }

    private List<MigrationRun> runs(String sql, int limit) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(limit);
            List<MigrationRun> runs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(run(row));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Rejection> rejections(long runId, int limit) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT source_table, source_id, reason FROM "
                        + "migration_rejection WHERE run_id = ? ORDER BY rejection_id")) {
            select.setLong(1, runId);
            select.setMaxRows(limit);
            List<Rejection> rejections = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rejections.add(new Rejection(row.getString(1), row.getLong(2), row.getString(3)));
                }
            }
            return rejections;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Long> abandoned(Instant heartbeatBefore) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT run_id FROM migration_run WHERE status = 'running' AND heartbeat_at < ?")) {
            select.setObject(1, utc(heartbeatBefore));
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean claim(long id, String owner, Instant now, Instant heartbeatBefore) {
        return update(
                        "UPDATE migration_run SET owner = ?, heartbeat_at = ? WHERE run_id = ? AND status = 'running' "
                                + "AND heartbeat_at < ?",
                        owner,
                        utc(now),
                        id,
                        utc(heartbeatBefore))
                == 1;
    }

    @Override
    public void begin(long id, String owner, Instant sourceStartedAt, Instant since) {
        update(
                "UPDATE migration_run SET source_started_at = ?, since = ? WHERE run_id = ? AND owner = ?",
                utc(sourceStartedAt),
                utc(since),
                id,
                owner);
    }

    @Override
    public void total(long id, String owner, long total) {
        update("UPDATE migration_run SET total_rows = ? WHERE run_id = ? AND owner = ?", total, id, owner);
    }

    @Override
    public void progress(Progress progress) {
        try (Connection connection = dataSource.get().getConnection()) {
            RunProgress.write(connection, progress);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void finish(long id, String owner, RunStatus status, String error, Instant now) {
        update(
                "UPDATE migration_run SET status = ?, running_slot = NULL, finished_at = ?, heartbeat_at = ?, "
                        + "error = ? WHERE run_id = ? AND owner = ? AND status = 'running'",
                status.code(),
                utc(now),
                utc(now),
                error,
                id,
                owner);
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static MigrationRun run(ResultSet row) throws SQLException {
        return new MigrationRun(
                row.getLong("run_id"),
                MigrationMode.parse(row.getString("mode")),
                row.getBoolean("dry_run"),
                RunStatus.ofCode(row.getString("status")),
                MigrationPhase.ofCode(row.getString("phase")),
                row.getLong("checkpoint_id"),
                instant(row, "source_started_at"),
                instant(row, "since"),
                row.getLong("total_rows"),
                new RunCounters(
                        row.getLong("rows_read"),
                        row.getLong("rows_written"),
                        row.getLong("rows_unchanged"),
                        row.getLong("rows_rejected"),
                        row.getLong("rows_deleted")),
                instant(row, "started_at"),
                instant(row, "heartbeat_at"),
                instant(row, "finished_at"),
                row.getString("owner"),
                row.getString("error"));
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Cannot read or write the migration runs: " + e.getMessage(), e);
    }
}
