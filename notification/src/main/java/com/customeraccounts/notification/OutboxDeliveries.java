package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.email.EmailDeliveries;
import com.customeraccounts.email.EmailDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/** Answers the domain's question "which emails did this customer get" from the outbox. */
@ApplicationScoped
class OutboxDeliveries implements EmailDeliveries {

    @Override
    public List<EmailDelivery> of(CustomerId customer) {
        try {
            return new EmailOutbox(OutboxDataSource.get()).deliveriesOf(customer);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
        }
    }
}
