package com.customeraccounts.audit;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.CustomersRegrouped;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records what happens to an account, with who did it and from where as the current request says (see
 * {@link RequestContext}). Called by the use cases inside their transactions; each call is also announced
 * as one {@link AccountChanged}.
 */
@ApplicationScoped
public class AccountAudit {

    private AuditLog log;
    private Clock clock;
    /** Null outside a container (unit tests): nothing is announced. */
    private Event<AccountChanged> changes;

    protected AccountAudit() {}

    public AccountAudit(AuditLog log, Clock clock) {
        this(log, clock, null);
    }

    @Inject
    public AccountAudit(AuditLog log, Clock clock, Event<AccountChanged> changes) {
        this.log = log;
        this.clock = clock;
        this.changes = changes;
    }

    public void record(CustomerId customerId, AuditEvent event) {
        record(customerId, event, List.of());
    }

    /** @param fields the names of the fields changed (API names), never their values */
    public void record(CustomerId customerId, AuditEvent event, List<String> fields) {
        append(customerId, event, fields);
        announce(customerId, EnumSet.of(event), Optional.empty());
    }

    private void append(CustomerId customerId, AuditEvent event, List<String> fields) {
        log.append(entryNow(customerId, event, fields, clock.instant()));
    }

    private void announce(CustomerId customerId, Set<AuditEvent> events, Optional<Customer> lastState) {
        if (changes != null && !events.isEmpty()) {
            changes.fire(new AccountChanged(customerId, events, lastState));
        }
    }

    /**
     * The entry of an event of the current request (its caller, client address and id), or of the system
     * when no request is being served.
     */
    public static AuditEntry entryNow(CustomerId customerId, AuditEvent event, List<String> fields, Instant at) {
        Optional<RequestContext.Trace> trace = RequestContext.current();
        return new AuditEntry(
                0,
                customerId,
                event,
                trace.map(t -> t.actor().orElse("guest")).orElse("system"),
                trace.flatMap(RequestContext.Trace::clientAddress),
                trace.map(RequestContext.Trace::requestId).map(RequestId::value),
                at,
                fields);
    }

    /** What a save changed between these two states of the customer, one entry for each kind of change. */
    public void saved(CustomerSnapshot before, CustomerSnapshot after) {
        Set<AuditEvent> events = EnumSet.noneOf(AuditEvent.class);
        for (AccountChanges.Change change : AccountChanges.between(before, after)) {
            append(after.id(), change.event(), change.fields());
            events.add(change.event());
        }
        announce(after.id(), events, Optional.empty());
    }

    /** A deleted group's customers were moved to another: each account's group changed. */
    void regrouped(@Observes(during = TransactionPhase.IN_PROGRESS) CustomersRegrouped regrouped) {
        for (CustomerId customer : regrouped.customerIds()) {
            record(customer, AuditEvent.GROUP_CHANGED, List.of("group_id"));
        }
    }

    /**
     * The customer, last seen as {@code lastState}, is deleted: a last entry, then its entries lose their
     * client addresses.
     */
    public void deleted(Customer lastState) {
        append(lastState.id(), AuditEvent.DELETED, List.of());
        log.customerDeleted(lastState.id(), clock.instant());
        announce(lastState.id(), EnumSet.of(AuditEvent.DELETED), Optional.of(lastState));
    }
}
