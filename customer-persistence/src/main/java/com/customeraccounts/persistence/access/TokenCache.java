package com.customeraccounts.persistence.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Who each recently used bearer token belongs to, kept in this instance's memory so that a request does not
 * read its token from the database again; never staler than a revocation.
 *
 * <p>A change that ends tokens (a revocation, a customer deleted, an administrator changed) forgets them here
 * when it makes the change and again once its transaction has ended: after the change has committed, no
 * request is answered from what was kept before it. A read that went to the database while such a change
 * was under way may have seen the rows before it; {@link #stamp()} taken before the read and handed to
 * {@link #keep} tells, and such a read is not kept.
 *
 * <p>Only a single instance keeps tokens (Payara Micro's {@code --nocluster}, the uber jar's default): in a
 * cluster another instance may revoke a token, so each instance reads every token from the database.
 */
@ApplicationScoped
public class TokenCache {

    /** Payara Micro's {@code --nocluster}, as the uber jar's boot properties (or {@code -D}) set it. */
    static final String NO_CLUSTER = "payaramicro.noCluster";

    /** Past this many tokens the cache starts again empty: forgetting is always safe. */
    static final int MAX_ENTRIES = 10_000;

    /** What a token was found to be: its customer's or administrator's id, and what to answer for it. */
    record Entry(Kind kind, long ownerId, Object subject, Instant expiresAt) {}

    enum Kind {
        CUSTOMER,
        ADMIN
    }

    private boolean enabled;
    private TransactionSynchronizationRegistry transactions;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param transactions the server's, to forget again after a change's transaction has ended; {@code null}
     *     where there is none (a resource-local test), and then a change is forgotten only when it is made
     */
    TokenCache(boolean enabled, TransactionSynchronizationRegistry transactions) {
        this.enabled = enabled;
        this.transactions = transactions;
    }

    protected TokenCache() {}

    @PostConstruct
    void init() {
        enabled = "true".equalsIgnoreCase(System.getProperty(NO_CLUSTER));
        try {
            transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry to forget revoked tokens after commit", e);
        }
    }

    /** Taken before a token is read from the database, and handed to {@link #keep} with what was read. */
    long stamp() {
        return changes.get();
    }

    /** What this token was found to be, when that is kept and the token has not expired by {@code now}. */
    Optional<Entry> find(String tokenHash, Kind kind, Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        Entry entry = entries.get(tokenHash);
        return entry != null && entry.kind() == kind && entry.expiresAt().isAfter(now)
                ? Optional.of(entry)
                : Optional.empty();
    }

    /** Keeps what a read found, unless a change that ends tokens began since its {@link #stamp()}. */
    void keep(String tokenHash, Entry entry, long stamp) {
        if (!enabled) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // checked inside the entry's own update, so that a change's forgetting is either seen here or comes after
        entries.compute(tokenHash, (hash, kept) -> changes.get() == stamp ? entry : kept);
    }

    /** Forgets every token of this customer, now and after the current transaction. */
    public void forgetCustomer(long customerId) {
        forget(entry -> entry.kind() == Kind.CUSTOMER && entry.ownerId() == customerId);
    }

    /** Forgets every token of this administrator, now and after the current transaction. */
    void forgetAdmin(long adminId) {
        forget(entry -> entry.kind() == Kind.ADMIN && entry.ownerId() == adminId);
    }

    private void forget(Predicate<Entry> which) {
        if (!enabled) {
            return;
        }
        forgetNow(which);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    // committed or not: what a read kept meanwhile is not worth telling apart
                    forgetNow(which);
                }
            });
        }
    }

    private void forgetNow(Predicate<Entry> which) {
        changes.incrementAndGet();
        entries.values().removeIf(which);
    }

    int size() {
        return entries.size();
    }
}
