package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.persistence.cache.KeptReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Customers as last read, with their addresses and declared values, by id, so that showing one does not read
 * it from the database again; never staler than a change that has committed ({@link KeptReads}). Every write
 * to a customer's rows forgets it: the repository's through {@link #forget}, the migrations' and other
 * writes of many rows through {@link #forgetAll}. A single instance keeps them only while it is alone on its
 * database; a cluster's member while it holds its lease.
 */
@ApplicationScoped
public class CustomerCache {

    /** About 2 KiB each with two addresses: at most some 20 MiB of the heap. */
    static final int MAX_ENTRIES = 10_000;

    private KeptReads<Long, CustomerSnapshot> kept;

    CustomerCache(boolean enabled, TransactionSynchronizationRegistry transactions) {
        this.kept = new KeptReads<>(enabled, MAX_ENTRIES, transactions);
    }

    protected CustomerCache() {}

    @PostConstruct
    void init() {
        kept = KeptReads.ofThisInstance("customers", MAX_ENTRIES);
    }

    /**
     * Whether a read here may be answered from the cache and kept in it: not inside a transaction, whose own
     * uncommitted changes nobody else may see.
     */
    boolean usableHere() {
        return kept.enabled() && !kept.insideTransaction();
    }

    long stamp() {
        return kept.stamp();
    }

    CustomerSnapshot get(long customerId) {
        return kept.get(customerId);
    }

    void keep(CustomerSnapshot customer, long stamp) {
        kept.keep(customer.id().value(), customer, stamp);
    }

    /** Forgets this customer, now and after the current transaction. */
    public void forget(long customerId) {
        kept.forget(customerId);
    }

    /** Forgets every customer, now and after the current transaction: for writes of many customers' rows. */
    public void forgetAll() {
        kept.forgetAll();
    }
}
