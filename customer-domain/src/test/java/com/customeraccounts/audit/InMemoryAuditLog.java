package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link AuditLog} in a list, the entries numbered as they come. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(new AuditEntry(
                entries.size() + 1L,
                entry.customerId(),
                entry.event(),
                entry.actor(),
                entry.clientAddress(),
                entry.requestId(),
                entry.at(),
                entry.fields()));
    }

    @Override
    public synchronized List<AuditEntry> page(CustomerId customerId, int page, int pageSize) {
        return entries.stream()
                .filter(e -> e.customerId().equals(customerId))
                .sorted(Comparator.comparingLong(AuditEntry::id).reversed())
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .toList();
    }

    @Override
    public synchronized long count(CustomerId customerId) {
        return entries.stream().filter(e -> e.customerId().equals(customerId)).count();
    }

    @Override
    public synchronized void customerDeleted(CustomerId customerId, Instant at) {
        entries.replaceAll(e -> e.customerId().equals(customerId)
                ? new AuditEntry(
                        e.id(),
                        e.customerId(),
                        e.event(),
                        e.actor(),
                        Optional.empty(),
                        e.requestId(),
                        e.at(),
                        e.fields())
                : e);
    }

    /** The events recorded for this customer, oldest first. */
    public synchronized List<AuditEvent> eventsOf(CustomerId customerId) {
        return entries.stream()
                .filter(e -> e.customerId().equals(customerId))
                .map(AuditEntry::event)
                .toList();
    }
}
