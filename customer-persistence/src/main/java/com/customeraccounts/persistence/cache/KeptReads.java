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
 * <p>In the server ({@link #ofThisInstance}) the sole instance on a database keeps what it reads, and so does
 * a cluster's member while it holds its lease ({@link ClusterLeases}); every instance that shares its
 * PostgreSQL database tells the others of each change once it has committed, before its response.
 */
public final class KeptReads<K, V> {

    /** A stamp taken while nothing is kept: what is read under it is never kept. */
    private static final long NOT_KEPT = -1;

    private final String name;
    private final BooleanSupplier keeping;
    private final int maxEntries;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong changes = new AtomicLong();
    private volatile ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

    /**
     * Outside the server, told of nothing and telling nothing.
     *
     * @param maxEntries past this many it starts again empty: forgetting is always safe
     * @param transactions the server's, to forget again after a change's transaction has ended; {@code null}
     *     where there is none (a resource-local test), and then a change is forgotten only when it is made
     */
    public KeptReads(boolean enabled, int maxEntries, TransactionSynchronizationRegistry transactions) {
        this(null, () -> enabled, maxEntries, transactions);
    }

    /** A cluster member's, outside the server: keeps while {@code keeping} says, told of changes by name. */
    KeptReads(String name, BooleanSupplier keeping, int maxEntries) {
        this(name, keeping, maxEntries, null);
    }

    private KeptReads(
            String name, BooleanSupplier keeping, int maxEntries, TransactionSynchronizationRegistry transactions) {
        this.name = name;
        this.keeping = keeping;
        this.maxEntries = maxEntries;
        this.transactions = transactions;
    }

    /**
     * In the server: keeps values while this instance is the sole one on its database ({@link DatabaseShare}) or
     * a cluster's member holding its lease, forgets them again after each change's transaction, and tells the
     * cluster's other members of the change under this name.
     */
    public static <K, V> KeptReads<K, V> ofThisInstance(String name, int maxEntries) {
        KeptReads<K, V> kept = new KeptReads<>(
                name, () -> DatabaseShare.sole() || ClusterLeases.serving(), maxEntries, serverTransactions());
        ClusterLeases.register(name, kept::forgetTold);
        return kept;
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
        return keeping.getAsBoolean() ? changes.get() : NOT_KEPT;
    }

    /** What is kept for this key, or {@code null}. */
    public V get(K key) {
        return keeping.getAsBoolean() ? entries.get(key) : null;
    }

    /** Keeps what a read found, unless a change began since its {@link #stamp()}. */
    public void keep(K key, V value, long stamp) {
        if (stamp == NOT_KEPT || !keeping.getAsBoolean()) {
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
        onChange(() -> entries.remove(key), key instanceof Long id ? id : null);
    }

    /** Forgets every value that matches, now and after the current transaction. */
    public void forgetIf(Predicate<V> which) {
        onChange(() -> entries.values().removeIf(which), null);
    }

    /** Forgets everything, now and after the current transaction: for changes that touch many keys. */
    public void forgetAll() {
        onChange(() -> entries = new ConcurrentHashMap<>(), null);
    }

    /**
     * Forgets now and again after the transaction. In the server, a change is made in a transaction, and once it
     * has committed the cluster's other members are told to forget {@code told} (everything when null) before
     * the change returns; outside one it could not be told after its commit, and is refused.
     */
    private void onChange(Runnable forgetting, Long told) {
        boolean server = name != null;
        if (!server && !keeping.getAsBoolean()) {
            return;
        }
        if (server && !insideTransaction()) {
            throw new IllegalStateException("A change to what is kept in memory outside a transaction: it could not "
                    + "be told to the other instances once committed");
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
            if (server) {
                ClusterLeases.tellAfterCommit(transactions, name, told);
            }
        }
    }

    /** Told by another member of a change: forgets the key (everything when null); reads under way are not kept. */
    void forgetTold(Long key) {
        changes.incrementAndGet();
        if (key == null) {
            entries = new ConcurrentHashMap<>();
        } else {
            entries.remove(key);
        }
    }

    public int size() {
        return entries.size();
    }
}
