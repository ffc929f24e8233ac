package com.customeraccounts.notification;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Decides a registration's email inside the registering transaction and writes it to the outbox there:
 * the email exists exactly when the account does.
 */
@ApplicationScoped
class OutboxWriter {

    @Inject
    AccountEmails emails;

    @Inject
    CustomerRepository customers;

    @Inject
    Clock clock;

    void onRegistration(@Observes(during = TransactionPhase.IN_PROGRESS) CustomerRegistered event) {
        Customer customer = customers.find(event.customerId()).orElseThrow(() -> new IllegalStateException(
                "customer " + event.customerId().value() + " was registered but cannot be read back"));
        EmailMessage message = emails.afterRegistration(event, customer);
        try (Connection connection = OutboxDataSource.get().getConnection()) {
            EmailOutbox.enqueue(connection, message, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue " + message, e);
        }
    }
}
