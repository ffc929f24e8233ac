package com.customeraccounts.notification;

import static com.customeraccounts.notification.OutboxLeases.FAILED;
import static com.customeraccounts.notification.OutboxLeases.FAILING;
import static com.customeraccounts.notification.OutboxLeases.QUEUED;
import static com.customeraccounts.notification.OutboxLeases.instant;
import static com.customeraccounts.notification.OutboxLeases.truncated;
import static com.customeraccounts.notification.OutboxLeases.utc;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.event.EventDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code webhook_outbox} table: one row per account event and endpoint, claimed and leased as the email
 * outbox is ({@link OutboxLeases}). A row is due only while no earlier row of its customer and endpoint waits undelivered, so that
 * each endpoint gets a customer's events in the order they happened (their ids: an account's changes hold
 * its row lock while they write their events, so a later change writes after the earlier one committed).
 * The body goes once the row is delivered or given up: the receiver has it, and it holds personal data.
 */
final class WebhookOutbox implements OutboxTable<WebhookDelivery> {

    static final String DELIVERED = "delivered";

    private final DataSource dataSource;
    private final OutboxLeases leases;
    /** The endpoints this instance declares, as an SQL list: it claims only their rows. */
    private final String endpoints;
    /** The answers to attempts in flight, by row: written with each attempt's outcome, in one statement. */
    private final Map<Long, Integer> answers = new ConcurrentHashMap<>();

    /** For reading only (the admin's list); it claims nothing. */
    WebhookOutbox(DataSource dataSource) {
        this(dataSource, List.of());
    }

    /**
     * @param endpoints the names of the endpoints this instance declares: in a rolling restart that adds one, an
     *     instance still without it leaves its rows to the instances that have it
     */
    WebhookOutbox(DataSource dataSource, List<String> endpoints) {
        this.dataSource = dataSource;
        this.leases = new OutboxLeases(dataSource, "webhook_outbox", "delivered_at", "first_attempt_at");
        // the names are letters, digits, '_', '.' and '-' (WebhooksFile), so they are safe as SQL literals
        this.endpoints = endpoints.isEmpty()
                ? "(NULL)"
                : endpoints.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** A row to write: the event {@code eventId} for {@code endpoint}; {@code body} null to render when sent. */
    record NewRow(
            String eventId,
            String endpoint,
            WebhookEvent event,
            long customerId,
            String body,
            Instant occurredAt,
            String requestId) {}

    /** Writes the rows through the caller's connection, in the caller's transaction. */
    static void enqueue(Connection connection, List<NewRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_outbox (event_id, "
                + "endpoint, event_type, customer_id, body, status, attempts, queued_at, next_attempt_at, "
                + "request_id) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            for (NewRow row : rows) {
                insert.setString(1, row.eventId());
                insert.setString(2, row.endpoint());
                insert.setString(3, row.event().type());
                insert.setLong(4, row.customerId());
                if (row.body() == null) {
                    insert.setNull(5, Types.VARCHAR);
                } else {
                    insert.setString(5, row.body());
                }
                insert.setString(6, QUEUED);
                insert.setObject(7, utc(row.occurredAt()));
                insert.setObject(8, utc(row.occurredAt()));
                insert.setString(9, row.requestId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<WebhookDelivery> claimDue(Instant now, int limit, Duration lease, String token) throws SQLException {
        return leases.claimDue(
                now,
                limit,
                lease,
                token,
                "AND w.endpoint IN " + endpoints + " AND NOT EXISTS (SELECT 1 FROM webhook_outbox e "
                        + "WHERE e.endpoint = w.endpoint AND e.customer_id = w.customer_id AND e.id < w.id "
                        + "AND e.status IN " + OutboxLeases.UNDELIVERED + ")",
                "id, event_id, endpoint, event_type, customer_id, body, attempts, queued_at, first_attempt_at, "
                        + "request_id",
                row -> new WebhookDelivery(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getLong(5),
                        row.getString(6),
                        row.getInt(7),
                        instant(row.getObject(8, LocalDateTime.class)),
                        instant(row.getObject(9, LocalDateTime.class)),
                        row.getString(10)));
    }

    @Override
    public void release(List<WebhookDelivery> rows, Instant now, String token) throws SQLException {
        List<Long> ids = rows.stream().map(WebhookDelivery::id).toList();
        ids.forEach(answers::remove);
        leases.release(ids, now, token);
    }

    @Override
    public int renew(List<Long> ids, Instant until, String token) throws SQLException {
        return leases.renew(ids, until, token);
    }

    @Override
    public Set<Long> held(List<Long> ids, String token) throws SQLException {
        return leases.held(ids, token);
    }

    /**
     * Gives up the undelivered rows, queued before {@code before}, of endpoints this instance does not declare:
     * an endpoint taken out of {@code webhooks.file} on every instance. Returns how many.
     */
    int giveUpUndeclared(Instant before) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE webhook_outbox SET status = ?, last_error = ?, "
                        + "lease_token = NULL, body = NULL WHERE status IN " + OutboxLeases.UNDELIVERED
                        + " AND endpoint NOT IN " + endpoints + " AND queued_at < ?")) {
            update.setString(1, FAILED);
            update.setString(2, "its endpoint is no longer in webhooks.file");
            update.setObject(3, utc(before));
            return update.executeUpdate();
        }
    }

    @Override
    public void markDelivered(WebhookDelivery row, Instant now) throws SQLException {
        Integer answer = answers.remove(row.id());
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE webhook_outbox SET status = ?, "
                        + "delivered_at = ?, lease_token = NULL, last_error = NULL, body = NULL, "
                        + "last_status = COALESCE(?, last_status) WHERE id = ?")) {
            update.setString(1, DELIVERED);
            update.setObject(2, utc(now));
            update.setObject(3, answer, Types.INTEGER);
            update.setLong(4, row.id());
            update.executeUpdate();
        }
    }

    @Override
    public void markFailed(WebhookDelivery row, String error) throws SQLException {
        Integer answer = answers.remove(row.id());
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE webhook_outbox SET status = ?, "
                        + "last_error = ?, lease_token = NULL, body = NULL, last_status = COALESCE(?, last_status) "
                        + "WHERE id = ? AND status IN (?, ?)")) {
            update.setString(1, FAILED);
            update.setString(2, truncated(error));
            update.setObject(3, answer, Types.INTEGER);
            update.setLong(4, row.id());
            update.setString(5, QUEUED);
            update.setString(6, FAILING);
            update.executeUpdate();
        }
    }

    @Override
    public void markFailing(long id, String token, String error, Instant nextAttempt) throws SQLException {
        leases.markFailing(id, token, error, nextAttempt, answers.remove(id));
    }

    /**
     * Notes the HTTP status the endpoint answered the row's attempt with (0 when it gave none), to be written with
     * the attempt's outcome, which follows at once.
     */
    void answered(long id, int httpStatus) {
        answers.put(id, httpStatus);
    }

    @Override
    public int purgeDone(Instant before, int limit) throws SQLException {
        return leases.purgeDone(DELIVERED, before, limit);
    }

    List<EventDelivery> deliveriesOf(CustomerId customer, int page, int pageSize) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id, event_id, endpoint, event_type, status, "
                        + "attempts, last_status, last_error, queued_at, delivered_at FROM webhook_outbox "
                        + "WHERE customer_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")) {
            select.setLong(1, customer.value());
            select.setInt(2, pageSize);
            select.setLong(3, (long) (page - 1) * pageSize);
            List<EventDelivery> deliveries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int answered = row.getInt(7);
                    Integer lastStatus = row.wasNull() ? null : answered;
                    deliveries.add(new EventDelivery(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getInt(6),
                            lastStatus,
                            row.getString(8),
                            instant(row.getObject(9, LocalDateTime.class)),
                            instant(row.getObject(10, LocalDateTime.class))));
                }
            }
            return deliveries;
        }
    }

    long count(CustomerId customer) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT COUNT(*) FROM webhook_outbox WHERE customer_id = ?")) {
            select.setLong(1, customer.value());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    public String toString() {
        return "the webhook outbox";
    }
}
