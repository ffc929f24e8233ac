package com.customeraccounts.persistence.cache;

import com.customeraccounts.persistence.database.DatabaseShare;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
 * <p>Only the sole instance on a database keeps anything ({@link #ofThisInstance}): beside another instance,
 * that one may make the change, and nothing here would hear of it. Once it stops being sole, what it kept is
 * never answered again.
 */
public final class KeptReads<K, V> {

    private final BooleanSupplier keeping;
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
        this(() -> enabled, maxEntries, transactions);
    }

    private KeptReads(BooleanSupplier keeping, int maxEntries, TransactionSynchronizationRegistry transactions) {
        this.keeping = keeping;
        this.maxEntries = maxEntries;
        this.transactions = transactions;
    }

    /**
     * In the server: keeps values only while this instance is the sole one on its database
     * ({@link DatabaseShare}), and forgets them again after each change's transaction.
     */
    public static <K, V> KeptReads<K, V> ofThisInstance(int maxEntries) {
        return new KeptReads<>(DatabaseShare::sole, maxEntries, serverTransactions());
    }

    private static TransactionSynchronizationRegistry serverTransactions() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("No transaction registry to forget changed reads after commit", e);
        }
    }

    public boolean enabled() {
        return keeping.getAsBoolean();
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
        return keeping.getAsBoolean() ? entries.get(key) : null;
    }

    /** Keeps what a read found, unless a change began since its {@link #stamp()}. */
    public void keep(K key, V value, long stamp) {
        if (!keeping.getAsBoolean()) {
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
        // nothing is kept before this instance is sole, nor after: it never becomes sole again
        if (!keeping.getAsBoolean()) {
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
