package com.customeraccounts.notification;

import com.customeraccounts.audit.AccountChanged;
import com.customeraccounts.audit.CustomersMigrated;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRendering;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes each account event for each endpoint that wants it to the webhook outbox, inside the transaction of
 * the change: an event exists exactly when its change does. The CloudEvent is made here, with the customer
 * as it is after the change (as it was, for a deletion); a migration's events are made when they are sent, as
 * a migration writes thousands of customers a second.
 */
@ApplicationScoped
class WebhookWriter {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerRendering rendering;

    @Inject
    Clock clock;

    @Inject
    WebhookDispatcher dispatcher;

    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) AccountChanged change) {
        if (endpoints.none()) {
            return;
        }
        Instant now = clock.instant();
        Optional<String> requestId = RequestContext.requestId().map(RequestId::value);
        List<WebhookOutbox.NewRow> rows = new ArrayList<>();
        String data = null;
        for (WebhookEvent event : WebhookEvent.of(change.events())) {
            List<WebhookEndpoint> wanting = endpoints.wanting(event);
            if (wanting.isEmpty()) {
                continue;
            }
            String id = UUID.randomUUID().toString();
            if (data == null) {
                // read and rendered once for all the events of the change
                Customer customer = change.lastState().orElseGet(() -> customer(change.customerId()));
                data = rendering.json(customer);
            }
            String body =
                    AccountCloudEvent.of(id, event, change.customerId().value(), now, requestId, Optional.of(data));
            for (WebhookEndpoint endpoint : wanting) {
                rows.add(new WebhookOutbox.NewRow(
                        id, endpoint.name(), event, change.customerId().value(), body, now, requestId.orElse(null)));
            }
        }
        write(rows);
    }

    void onMigrated(@Observes(during = TransactionPhase.IN_PROGRESS) CustomersMigrated migrated) {
        if (endpoints.none()) {
            return;
        }
        Instant now = clock.instant();
        String requestId = RequestContext.requestId().map(RequestId::value).orElse(null);
        List<WebhookOutbox.NewRow> rows = new ArrayList<>();
        lateRows(rows, WebhookEvent.IMPORTED, migrated.written(), now, requestId);
        lateRows(rows, WebhookEvent.DELETED, migrated.deleted(), now, requestId);
        write(rows);
    }

    private void lateRows(
            List<WebhookOutbox.NewRow> rows,
            WebhookEvent event,
            List<CustomerId> customers,
            Instant now,
            String requestId) {
        List<WebhookEndpoint> wanting = endpoints.wanting(event);
        for (CustomerId customer : wanting.isEmpty() ? List.<CustomerId>of() : customers) {
            String id = UUID.randomUUID().toString();
            for (WebhookEndpoint endpoint : wanting) {
                rows.add(new WebhookOutbox.NewRow(id, endpoint.name(), event, customer.value(), null, now, requestId));
            }
        }
    }

    /**
     * The CloudEvent of a migration's event, when it is sent: the customer as it is then, if it still is (a
     * customer an import or a pull deleted is not: its event has no data).
     */
    String lateBody(WebhookDelivery row) throws DeliveryRefused {
        WebhookEvent event = row.event()
                .orElseThrow(
                        () -> new DeliveryRefused("an event type this version does not know: " + row.type(), null));
        return AccountCloudEvent.of(
                row.eventId(),
                event,
                row.customerId(),
                row.queuedAt(),
                Optional.ofNullable(row.requestId()),
                customers.find(new CustomerId(row.customerId())).map(rendering::json));
    }

    private Customer customer(CustomerId id) {
        return customers
                .find(id)
                .orElseThrow(() -> new IllegalStateException(
                        "customer " + id.value() + " is in an event but cannot be read back"));
    }

    private void write(List<WebhookOutbox.NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = OutboxDataSource.get().getConnection()) {
            WebhookOutbox.enqueue(connection, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + rows.size() + " account events", e);
        }
        dispatcher.drainAfterCommit();
    }
}
