package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an account's history. The actor is {@code customer <id>}, {@code admin <id>},
 * {@code integration <name>}, {@code guest}, or {@code system} for work no request caused; the client address
 * is dropped once the customer is deleted.
 */
public record AuditEntry(
        long id,
        CustomerId customerId,
        AuditEvent event,
        String actor,
        Optional<String> clientAddress,
        Optional<String> requestId,
        Instant at,
        List<String> fields) {

    public AuditEntry {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(at, "at");
        fields = List.copyOf(fields);
    }
}
