package com.customeraccounts.persistence.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Values read from the database, kept in this instance's memory by key; never staler than a change that has
 * committed.
 *
 * <p>A change forgets what it touches when it is made and again once its transaction has ended, committed or
 * not: after it has committed, nothing kept before it is answered. A read that went to the database while a
 * change was under way may have seen the rows before it; {@link #stamp()}, taken before the read and handed
 * to {@link #keep}, tells, and such a read is not kept.
 *
 * <p>Only a single instance keeps anything ({@link #ofThisInstance}): in a cluster another instance may make
 * the change, and nothing here would hear of it.
 */
public final class KeptReads<K, V> {

    /** Payara Micro's {@code --nocluster}, as the uber jar's boot properties (or {@code -D}) set it. */
    static final String NO_CLUSTER = "payaramicro.noCluster";

    private final boolean enabled;
    private final int maxEntries;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong changes = new AtomicLong();
    private volatile ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

    /**
     * @param maxEntries past this many it starts again empty: forgetting is always safe
     * @param transactions the server's, to forget again after a change's transaction has ended; {@code null}
     *     where there is none (a resource-local test), and then a change is forgotten only when it is made
     */
    public KeptReads(boolean enabled, int maxEntries, TransactionSynchronizationRegistry transactions) {
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.transactions = transactions;
    }

    /** In the server: keeps values only when this runs as a single instance, forgetting them after commit. */
    public static <K, V> KeptReads<K, V> ofThisInstance(int maxEntries) {
        boolean single = "true".equalsIgnoreCase(System.getProperty(NO_CLUSTER));
        return new KeptReads<>(single, maxEntries, single ? serverTransactions() : null);
    }

    private static TransactionSynchronizationRegistry serverTransactions() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry to forget changed reads after commit", e);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Whether the caller runs in a transaction: there a read may see the transaction's own changes, which
     * nobody else may be answered before they commit.
     */
    public boolean insideTransaction() {
        return transactions != null && transactions.getTransactionKey() != null;
    }

    /** Taken before a value is read from the database, and handed to {@link #keep} with what was read. */
    public long stamp() {
        return changes.get();
    }

    /** What is kept for this key, or {@code null}. */
    public V get(K key) {
        return enabled ? entries.get(key) : null;
    }

    /** Keeps what a read found, unless a change began since its {@link #stamp()}. */
    public void keep(K key, V value, long stamp) {
        if (!enabled) {
            return;
        }
        ConcurrentHashMap<K, V> current = entries;
        if (current.size() >= maxEntries) {
            entries = new ConcurrentHashMap<>();
            current = entries;
        }
        current.compute(key, (k, kept) -> changes.get() == stamp ? value : kept);
        // a change that began while it was put may have looked for it before it was there: it goes again
        if (changes.get() != stamp) {
            current.remove(key, value);
        }
    }

    /** Forgets what is kept for this key, now and after the current transaction. */
    public void forget(K key) {
        onChange(() -> entries.remove(key));
    }

    /** Forgets every value that matches, now and after the current transaction. */
    public void forgetIf(Predicate<V> which) {
        onChange(() -> entries.values().removeIf(which));
    }

    /** Forgets everything, now and after the current transaction: for changes that touch many keys. */
    public void forgetAll() {
        onChange(() -> entries = new ConcurrentHashMap<>());
    }

    private void onChange(Runnable forgetting) {
        if (!enabled) {
            return;
        }
        changes.incrementAndGet();
        forgetting.run();
        if (insideTransaction()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    // committed or not: what a read kept meanwhile is not worth telling apart
                    changes.incrementAndGet();
                    forgetting.run();
                }
            });
        }
    }

    public int size() {
        return entries.size();
    }
}
