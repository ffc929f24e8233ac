package com.customeraccounts.audit;

import com.customeraccounts.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/** Where the account history is kept; entries are only ever added, and stripped once their customer is gone. */
public interface AuditLog {

    /** Adds an entry (its id is the log's to give), in the caller's transaction. */
    void append(AuditEntry entry);

    /** A page (from 1) of the customer's entries, newest first. */
    List<AuditEntry> page(CustomerId customerId, int page, int pageSize);

    long count(CustomerId customerId);

    /** The customer is deleted: its entries lose their client addresses and are kept until they are purged. */
    void customerDeleted(CustomerId customerId, Instant at);
}
