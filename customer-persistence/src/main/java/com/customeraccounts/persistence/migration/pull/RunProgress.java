package com.customeraccounts.persistence.migration.pull;

import static com.customeraccounts.persistence.migration.pull.Timestamps.utc;

import com.customeraccounts.migration.pull.Progress;
import com.customeraccounts.migration.pull.Rejection;
import com.customeraccounts.migration.pull.RunLost;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a batch's progress on the batch's own connection, so that both commit or neither. */
final class RunProgress {

    private RunProgress() {}

    /** @throws RunLost when the run is no longer running under this owner; the caller's transaction must roll back */
    static void write(Connection connection, Progress p) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE migration_run SET phase = ?, "
                + "checkpoint_id = CASE WHEN ? < 0 THEN checkpoint_id ELSE ? END, rows_read = rows_read + ?, "
                + "rows_written = rows_written + ?, rows_unchanged = rows_unchanged + ?, "
                + "rows_rejected = rows_rejected + ?, rows_deleted = rows_deleted + ?, heartbeat_at = ? "
                + "WHERE run_id = ? AND owner = ? AND status = 'running'")) {
            update.setString(1, p.phase().code());
            update.setLong(2, p.checkpoint());
            update.setLong(3, p.checkpoint());
            update.setLong(4, p.added().read());
            update.setLong(5, p.added().written());
            update.setLong(6, p.added().unchanged());
            update.setLong(7, p.added().rejected());
            update.setLong(8, p.added().deleted());
            update.setObject(9, utc(p.at()));
            update.setLong(10, p.runId());
            update.setString(11, p.owner());
            if (update.executeUpdate() == 0) {
                throw new RunLost(p.runId());
            }
        }
        if (p.rejections().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO migration_rejection " + "(run_id, source_table, source_id, reason) VALUES (?, ?, ?, ?)")) {
            for (Rejection r : p.rejections()) {
                insert.setLong(1, p.runId());
                insert.setString(2, r.table());
                insert.setLong(3, r.id());
                insert.setString(4, r.reason().length() > 1000 ? r.reason().substring(0, 1000) : r.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
