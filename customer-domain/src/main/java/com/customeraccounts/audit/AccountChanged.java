package com.customeraccounts.audit;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import java.util.Optional;
import java.util.Set;

/**
 * Something happened to an account (what its history records), fired inside the transaction of the change,
 * once per change: a save that changed the email and an address is one event with both. Account events out
 * (webhooks) follow it.
 *
 * @param lastState the customer as it was, when {@code events} has {@link AuditEvent#DELETED} (it can no
 *     longer be read); empty otherwise
 */
public record AccountChanged(CustomerId customerId, Set<AuditEvent> events, Optional<Customer> lastState) {

    public AccountChanged {
        events = Set.copyOf(events);
    }
}
