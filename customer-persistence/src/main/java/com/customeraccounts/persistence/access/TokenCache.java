package com.customeraccounts.persistence.access;

import com.customeraccounts.persistence.cache.KeptReads;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * Who each recently used bearer token belongs to, kept in this instance's memory so that a request does not
 * read its token from the database again; never staler than a revocation. A change that ends tokens (a
 * revocation, a customer deleted, an administrator changed) forgets them as {@link KeptReads} tells, on every
 * instance of a cluster before it returns.
 */
@ApplicationScoped
public class TokenCache {

    /** Past this many tokens the cache starts again empty: forgetting is always safe. */
    static final int MAX_ENTRIES = 10_000;

    /** What a token was found to be: its customer's or administrator's id, and what to answer for it. */
    record Entry(Kind kind, long ownerId, Object subject, Instant expiresAt) {}

    enum Kind {
        CUSTOMER,
        ADMIN
    }

    private KeptReads<String, Entry> kept;

    TokenCache(boolean enabled, TransactionSynchronizationRegistry transactions) {
        this.kept = new KeptReads<>(enabled, MAX_ENTRIES, transactions);
    }

    protected TokenCache() {}

    @PostConstruct
    void init() {
        kept = KeptReads.ofThisInstance("tokens", MAX_ENTRIES);
    }

    /** Taken before a token is read from the database, and handed to {@link #keep} with what was read. */
    long stamp() {
        return kept.stamp();
    }

    /** What this token was found to be, when that is kept and the token has not expired by {@code now}. */
    Optional<Entry> find(String tokenHash, Kind kind, Instant now) {
        Entry entry = kept.get(tokenHash);
        return entry != null && entry.kind() == kind && entry.expiresAt().isAfter(now)
                ? Optional.of(entry)
                : Optional.empty();
    }

    /** Keeps what a read found, unless a change that ends tokens began since its {@link #stamp()}. */
    void keep(String tokenHash, Entry entry, long stamp) {
        kept.keep(tokenHash, entry, stamp);
    }

    /** Forgets every token of this customer, now and after the current transaction. */
    public void forgetCustomer(long customerId) {
        kept.forgetIf(entry -> entry.kind() == Kind.CUSTOMER && entry.ownerId() == customerId);
    }

    /** Forgets every customer's tokens, now and after the current transaction. */
    public void forgetAllCustomers() {
        kept.forgetIf(entry -> entry.kind() == Kind.CUSTOMER);
    }

    /** Forgets every token of this administrator, now and after the current transaction. */
    void forgetAdmin(long adminId) {
        kept.forgetIf(entry -> entry.kind() == Kind.ADMIN && entry.ownerId() == adminId);
    }

    int size() {
        return kept.size();
    }
}
