package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.event.EventDeliveries;
import com.customeraccounts.event.EventDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/** Answers the domain's question "which account events went out about this customer" from the outbox. */
@ApplicationScoped
class OutboxEventDeliveries implements EventDeliveries {

    @Override
    public List<EventDelivery> of(CustomerId customer, int page, int pageSize) {
        try {
            return new WebhookOutbox(OutboxDataSource.get()).deliveriesOf(customer, page, pageSize);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the webhook outbox", e);
        }
    }

    @Override
    public long count(CustomerId customer) {
        try {
            return new WebhookOutbox(OutboxDataSource.get()).count(customer);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the webhook outbox", e);
        }
    }
}
