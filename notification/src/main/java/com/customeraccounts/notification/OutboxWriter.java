package com.customeraccounts.notification;

import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Decides an account event's email inside the transaction of the change and writes it to the outbox
 * there: the email exists exactly when the change does.
 */
@ApplicationScoped
class OutboxWriter {

    @Inject
    AccountEmails emails;

    @Inject
    CustomerRepository customers;

    @Inject
    Clock clock;

    @Inject
    OutboxMetrics metrics;

    void onRegistration(@Observes(during = TransactionPhase.IN_PROGRESS) CustomerRegistered event) {
        queue(emails.afterRegistration(event));
    }

    void onConfirmationRequested(@Observes(during = TransactionPhase.IN_PROGRESS) ConfirmationRequested event) {
        queue(emails.confirmationAgain(event, customer(event.customerId())));
    }

    void onConfirmed(@Observes(during = TransactionPhase.IN_PROGRESS) CustomerConfirmed event) {
        queue(emails.afterConfirmation(event, customer(event.customerId())));
    }

    void onPasswordResetRequested(@Observes(during = TransactionPhase.IN_PROGRESS) PasswordResetRequested event) {
        queue(emails.passwordReset(event, customer(event.customerId())));
    }

    private Customer customer(CustomerId id) {
        return customers
                .find(id)
                .orElseThrow(() -> new IllegalStateException(
                        "customer " + id.value() + " is in an event but cannot be read back"));
    }

    private void queue(EmailMessage message) {
        try (Connection connection = OutboxDataSource.get().getConnection()) {
            EmailOutbox.enqueue(connection, message, clock.instant());
            metrics.queuedOnCommit(message.type());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue " + message, e);
        }
    }
}
