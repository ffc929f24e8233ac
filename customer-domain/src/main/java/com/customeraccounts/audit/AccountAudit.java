package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records what happens to an account, with who did it and from where as the current request says (see
 * {@link RequestContext}). Called by the use cases inside their transactions.
 */
@ApplicationScoped
public class AccountAudit {

    private AuditLog log;
    private Clock clock;

    protected AccountAudit() {}

    @Inject
    public AccountAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(CustomerId customerId, AuditEvent event) {
        record(customerId, event, List.of());
    }

    /** @param fields the names of the fields changed (API names), never their values */
    public void record(CustomerId customerId, AuditEvent event, List<String> fields) {
        log.append(entryNow(customerId, event, fields, clock.instant()));
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
        for (AccountChanges.Change change : AccountChanges.between(before, after)) {
            record(after.id(), change.event(), change.fields());
        }
    }

    /** The customer is deleted: a last entry, then its entries lose their client addresses. */
    public void deleted(CustomerId customerId) {
        record(customerId, AuditEvent.DELETED);
        log.customerDeleted(customerId, clock.instant());
    }
}
