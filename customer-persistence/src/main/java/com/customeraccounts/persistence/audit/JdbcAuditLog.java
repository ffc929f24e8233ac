package com.customeraccounts.persistence.audit;

import com.customeraccounts.audit.AuditEntry;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.audit.AuditLog;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.persistence.database.LazyDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code customer_audit}: entries are appended in the caller's transaction ({@code MANDATORY}), so a change
 * that rolls back leaves no entry; nothing updates an entry but a customer's deletion, which drops the client
 * addresses. {@code ExpiredRows} purges the entries of customers deleted longer ago than their retention.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

    private static final int MAX_FIELDS_LENGTH = 4000;

    private final LazyDataSource dataSource;

    public JdbcAuditLog() {
        this(null);
    }

    public JdbcAuditLog(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO customer_audit (customer_id, event, "
                                + "actor, client_address, request_id, occurred_at, fields) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.customerId().value());
            insert.setString(2, entry.event().code());
            insert.setString(3, cut(entry.actor(), 300));
            insert.setString(4, entry.clientAddress().map(a -> cut(a, 64)).orElse(null));
            insert.setString(5, entry.requestId().orElse(null));
            insert.setObject(6, utc(entry.at()));
            insert.setString(7, cut(String.join(",", entry.fields()), MAX_FIELDS_LENGTH));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the account history: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> page(CustomerId customerId, int page, int pageSize) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, event, actor, client_address, "
                        + "request_id, occurred_at, fields FROM customer_audit WHERE customer_id = ? "
                        + "ORDER BY id DESC LIMIT ? OFFSET ?")) {
            select.setLong(1, customerId.value());
            select.setInt(2, pageSize);
            select.setLong(3, (long) (page - 1) * pageSize);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String fields = row.getString(7);
                    entries.add(new AuditEntry(
                            row.getLong(1),
                            customerId,
                            AuditEvent.ofCode(row.getString(2)),
                            row.getString(3),
                            Optional.ofNullable(row.getString(4)),
                            Optional.ofNullable(row.getString(5)),
                            row.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account history: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CustomerId customerId) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM customer_audit WHERE customer_id = ?")) {
            select.setLong(1, customerId.value());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account history: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerDeleted(CustomerId customerId, Instant at) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE customer_audit SET client_address = NULL, "
                                + "customer_deleted_at = ? WHERE customer_id = ?")) {
            update.setObject(1, utc(at));
            update.setLong(2, customerId.value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot strip the account history: " + e.getMessage(), e);
        }
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
