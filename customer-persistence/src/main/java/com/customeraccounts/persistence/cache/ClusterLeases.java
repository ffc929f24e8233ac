package com.customeraccounts.persistence.cache;

import com.customeraccounts.persistence.database.DatabaseShare;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Lets the members of a cluster keep what they read ({@link KeptReads}) and still never answer from it after a
 * change made on another member has returned.
 *
 * <p>Each member holds a lease in {@code kept_reads_member}, renewed every {@link Timing#renewEvery}; it answers
 * from memory only while its last renewal, counted from before it was sent and by its own monotonic clock, is
 * younger than the lease less a margin, and only {@link Timing#quiet} after its row was written anew. A
 * transaction's changes, once committed and before its response, are told in one message through the data grid
 * to every other member listed there, and each forgets what they touch and confirms. A member that does not
 * confirm within {@link Timing#ackWait} (cut off, paused, dead) has its lease revoked, and the change waits,
 * by the writer's own clock, as long as any lease renewed before the revocation may still run: by then the
 * member has stopped answering from memory. When it next renews it finds the revocation, forgets everything, and
 * writes its lease anew only after a backoff that doubles with each revocation in a row, so that a member cut off
 * from the grid alone does not hold up every change.
 *
 * <p>The members' list is the one read at the last renewal, if that is younger than {@link Timing#freshFor}, else
 * read again. A member that wrote its row after the list was read waits {@code quiet}, longer than that, before it
 * keeps anything: whatever it keeps was read after every change told with the older list had committed.
 *
 * <p>An instance on a shared PostgreSQL that keeps nothing (a cluster's member without a grid, a single instance
 * beside others) still tells of its changes: without a grid, by revoking every listed lease and waiting it out.
 * The database's clock decides only which revoked leases have run out and how long to wait for a lease another
 * writer revoked: it must not be stepped by seconds (slewed by NTP, as is usual, it may be).
 */
public final class ClusterLeases {

    /** How the members reach each other: Payara's data grid, in the server. */
    public interface Grid {

        /** Sends the message to every member, this one too; may fail or be lost, never waits for the others. */
        void publish(String message);

        /** Hands each message any member published to {@code receiver}, on a thread of the grid's, until closed. */
        AutoCloseable listen(Consumer<String> receiver);
    }

    /** What a member forgets when another tells of a change. */
    interface Forgettable {

        /** Forgets this key, or everything when it is null; a read under way meanwhile is not kept. */
        void forgetTold(Long key);
    }

    /** A key of a cache a change touched, or the whole cache when the key is null. */
    record Forgotten(String cache, Long key) {

        @Override
        public String toString() {
            return cache + "=" + (key == null ? EVERYTHING : key);
        }
    }

    /**
     * The lease and its renewal; a member written anew stays quiet longer than a list of members is used, and a
     * lease's end is taken {@code renewEvery / 2} early by its member.
     */
    record Timing(Duration lease, Duration renewEvery, Duration quiet, Duration ackWait) {

        static final Timing DEFAULT =
                new Timing(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500));

        Timing {
            if (quiet.compareTo(freshFor(renewEvery)) <= 0 || lease.compareTo(renewEvery.multipliedBy(2)) < 0) {
                throw new IllegalArgumentException("quiet must exceed two renewals, and a lease last two of them");
            }
        }

        Duration freshFor() {
            return freshFor(renewEvery);
        }

        private static Duration freshFor(Duration renewEvery) {
            return renewEvery.multipliedBy(2);
        }

        Duration margin() {
            return renewEvery.dividedBy(2);
        }

        /** How long a member may still answer from memory after its lease was revoked, by anyone's clock. */
        Duration servedAfterRevocation() {
            return lease.minus(margin()).plus(WAIT_PAST);
        }
    }

    private static final Logger LOG = Logger.getLogger(ClusterLeases.class.getName());
    private static final String FORGET = "forget";
    private static final String ACK = "ack";
    private static final String EVERYTHING = "*";
    private static final Duration WAIT_PAST = Duration.ofMillis(50);
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);
    /** Revocations further apart than this are not in a row: the backoff starts again from {@code quiet}. */
    private static final Duration IN_A_ROW = Duration.ofMinutes(10);

    private static final Object PENDING = new Object();

    /** The server's caches by name: they exist before the instance joins its cluster, if it ever does. */
    private static final Map<String, Forgettable> SERVER_CACHES = new ConcurrentHashMap<>();

    private static volatile ClusterLeases application;
    /** Tells of this instance's changes while it has not joined a cluster (or has no grid to join one by). */
    private static ClusterLeases gridless;

    private final DataSource database;
    private final Grid grid;
    private final Timing timing;
    private final Map<String, Forgettable> caches;
    private final String memberId = UUID.randomUUID().toString();
    private final AtomicLong changes = new AtomicLong();
    private final Map<Long, Confirmations> awaited = new ConcurrentHashMap<>();
    private final AutoCloseable listening;

    private volatile boolean armed;
    private volatile boolean stopped;
    private volatile long servingFrom;
    private volatile long servingUntil;
    private volatile Members others = Members.UNKNOWN;
    /** Held by a renewal, and by {@link #stop} so that no renewal comes after it. */
    private final Object renewal = new Object();
    /** Guarded by {@link #renewal}. */
    private Connection renewals;
    /** Guarded by {@code this}. */
    private Connection writes;

    private boolean toldCannotRenew;
    private int revocationsInARow;
    private long lastRevocation;
    private boolean backingOff;
    private long rearmAt;
    /** Set by {@link #join} outside its lock, read by {@link #stop} on another thread. */
    private volatile ScheduledExecutorService renewing;

    ClusterLeases(DataSource database, Grid grid, Timing timing, Map<String, Forgettable> caches) {
        this.database = database;
        this.grid = grid;
        this.timing = timing;
        this.caches = caches;
        this.listening = grid == null ? () -> {} : grid.listen(this::receive);
    }

    /** The other members as read, and when that read began ({@link System#nanoTime}); none read yet. */
    private record Members(List<String> ids, long readAt, boolean read) {
        static final Members UNKNOWN = new Members(List.of(), 0, false);
    }

    /**
     * Joins the cluster of this instance's shared PostgreSQL database through its data grid: from
     * {@link Timing#quiet} on, its caches keep what they read. False when the database is not shared PostgreSQL.
     */
    public static boolean join(Grid grid) {
        ClusterLeases leases;
        synchronized (ClusterLeases.class) {
            Optional<DataSource> shared = DatabaseShare.sharedPostgres();
            if (application != null || shared.isEmpty()) {
                return false;
            }
            // it tells of changes from now on (reading the members' list first); it serves only once armed
            leases = new ClusterLeases(shared.get(), grid, Timing.DEFAULT, SERVER_CACHES);
            application = leases;
        }
        leases.renew();
        leases.renewEverySoOften();
        return true;
    }

    /** Stops answering from memory and gives up the lease: the others no longer wait for this instance. */
    public static synchronized void leave() {
        if (application != null) {
            // kept: a change still under way tells the others through it, and no gridless instance is made
            application.stop();
        }
        if (gridless != null) {
            gridless.stop();
            gridless = null;
        }
    }

    /** Whether this instance answers from memory as a cluster's member now. */
    static boolean serving() {
        ClusterLeases leases = application;
        return leases != null && leases.isServing();
    }

    static void register(String cache, Forgettable forgettable) {
        SERVER_CACHES.put(cache, forgettable);
    }

    /**
     * Tells the others, once the current transaction has ended unless it rolled back, of this change among the
     * transaction's others: all in one message, before its response.
     */
    static void tellAfterCommit(TransactionSynchronizationRegistry transactions, String cache, Long key) {
        @SuppressWarnings("unchecked")
        Set<Forgotten> pending = (Set<Forgotten>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<Forgotten> changed = new LinkedHashSet<>();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    // an unknown outcome may have committed
                    if (status != Status.STATUS_ROLLEDBACK) {
                        tell(List.copyOf(changed));
                    }
                }
            });
            transactions.putResource(PENDING, changed);
            pending = changed;
        }
        pending.add(new Forgotten(cache, key));
    }

    /**
     * Tells the others of committed changes, and returns once each has forgotten them or can no longer answer
     * from memory. Nothing to tell for a sole instance or H2, where nobody else keeps anything.
     */
    static void tell(List<Forgotten> changed) {
        try {
            ClusterLeases leases = application;
            if (leases != null) {
                leases.told(changed);
                return;
            }
            Optional<DataSource> shared = DatabaseShare.sharedPostgres();
            if (shared.isPresent()) {
                gridless(shared.get()).told(changed);
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "A change could not be told to the other instances ({0}): they may answer from "
                            + "memory what it changed",
                    e.toString());
        }
    }

    private static synchronized ClusterLeases gridless(DataSource database) {
        if (gridless == null) {
            gridless = new ClusterLeases(database, null, Timing.DEFAULT, Map.of());
        }
        return gridless;
    }

    boolean isServing() {
        long now = System.nanoTime();
        return armed && now - servingFrom >= 0 && servingUntil - now > 0;
    }

    String memberId() {
        return memberId;
    }

    void renewEverySoOften() {
        renewing = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "customer-accounts-kept-reads-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = timing.renewEvery().toMillis();
        renewing.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Renews this member's lease and reads the others'. A lease that is gone (revoked, or deleted after a long
     * outage) is written anew after a backoff, once everything kept is forgotten, and this member stays quiet
     * from then on.
     */
    void renew() {
        synchronized (renewal) {
            if (!stopped) {
                renewNow();
            }
        }
    }

    private void renewNow() {
        try {
            if (renewals == null) {
                renewals = connection();
            }
            long sent = System.nanoTime();
            if (armed && extendLease(renewals)) {
                servingUntil = sent + timing.lease().minus(timing.margin()).toNanos();
            } else {
                if (armed) {
                    lost(sent);
                }
                if (!backingOff || sent - rearmAt >= 0) {
                    writeLease(renewals);
                    backingOff = false;
                    servingUntil = sent + timing.lease().minus(timing.margin()).toNanos();
                    servingFrom = System.nanoTime() + timing.quiet().toNanos();
                    armed = true;
                    sweep(renewals);
                }
            }
            others = readOthers(renewals);
            toldCannotRenew = false;
        } catch (SQLException | RuntimeException e) {
            close(renewals);
            renewals = null;
            LOG.log(
                    toldCannotRenew ? Level.FINE : Level.WARNING,
                    "This instance cannot renew its lease on kept reads ({0}): it answers nothing from memory until it "
                            + "can",
                    e.getMessage());
            toldCannotRenew = true;
        }
    }

    /** The lease is gone: forgets everything, and sets when to write it anew. */
    private void lost(long now) {
        armed = false;
        forgetEverything();
        boolean inARow = revocationsInARow > 0 && now - lastRevocation < IN_A_ROW.toNanos();
        revocationsInARow = inARow ? revocationsInARow + 1 : 1;
        lastRevocation = now;
        Duration backoff =
                inARow ? timing.quiet().multipliedBy(1L << Math.min(revocationsInARow - 1, 16)) : Duration.ZERO;
        if (backoff.compareTo(LONGEST_BACKOFF) > 0) {
            backoff = LONGEST_BACKOFF;
        }
        backingOff = true;
        rearmAt = now + backoff.toNanos();
        LOG.log(
                Level.WARNING,
                "This instance''s lease on kept reads was revoked (it did not confirm a change in "
                        + "time, or its lease ran out long ago): it forgot everything it kept, and keeps nothing for {0} s more"
                        + " than its quiet",
                backoff.toSeconds());
    }

    private boolean extendLease(Connection connection) throws SQLException {
        try (PreparedStatement extend = connection.prepareStatement("UPDATE kept_reads_member SET lease_until = "
                + "clock_timestamp() + make_interval(secs => ?) WHERE member_id = ? AND NOT revoked")) {
            extend.setDouble(1, timing.lease().toMillis() / 1000.0);
            extend.setString(2, memberId);
            return extend.executeUpdate() == 1;
        }
    }

    private void writeLease(Connection connection) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement("INSERT INTO kept_reads_member (member_id, "
                + "lease_until, revoked) VALUES (?, clock_timestamp() + make_interval(secs => ?), FALSE) "
                + "ON CONFLICT (member_id) DO UPDATE SET lease_until = EXCLUDED.lease_until, revoked = FALSE")) {
            write.setString(1, memberId);
            write.setDouble(2, timing.lease().toMillis() / 1000.0);
            write.executeUpdate();
        }
    }

    /** Leases run out an hour ago belong to instances long gone or started again under a new id. */
    private static void sweep(Connection connection) {
        try (PreparedStatement sweep = connection.prepareStatement(
                "DELETE FROM kept_reads_member WHERE lease_until < clock_timestamp() - INTERVAL '1 hour'")) {
            sweep.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Old leases on kept reads stay until the next sweep ({0})", e.getMessage());
        }
    }

    /** Every other member that may still answer from memory: those not revoked, and those revoked but not run out. */
    private Members readOthers(Connection connection) throws SQLException {
        long readAt = System.nanoTime();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT member_id FROM kept_reads_member "
                + "WHERE member_id <> ? AND (NOT revoked OR lease_until > clock_timestamp())")) {
            select.setString(1, memberId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return new Members(List.copyOf(ids), readAt, true);
    }

    private void forgetEverything() {
        caches.values().forEach(cache -> cache.forgetTold(null));
    }

    /**
     * Tells the others of committed changes (see {@link #tell}); the members that did not confirm them, whose
     * leases were revoked and waited out.
     */
    Set<String> told(List<Forgotten> changed) {
        if (changed.isEmpty()) {
            return Set.of();
        }
        List<String> targets;
        try {
            targets = currentOthers();
        } catch (SQLException e) {
            targets = others.ids();
            LOG.log(
                    Level.SEVERE,
                    "The other instances'' list cannot be read ({0}): a change is told to the {1} "
                            + "listed last; one started since may answer from memory what it changed",
                    new Object[] {e.getMessage(), targets.size()});
        }
        if (targets.isEmpty()) {
            return Set.of();
        }
        Set<String> unconfirmed = grid == null ? new HashSet<>(targets) : confirmations(targets, changed);
        if (!unconfirmed.isEmpty()) {
            revokeAndOutwait(unconfirmed);
        }
        return unconfirmed;
    }

    private List<String> currentOthers() throws SQLException {
        Members known = others;
        if (grid != null
                && known.read()
                && System.nanoTime() - known.readAt() < timing.freshFor().toNanos()) {
            return known.ids();
        }
        return writing(connection -> readOthers(connection).ids());
    }

    /** Publishes the changes and waits for the members to confirm them; who did not, in time. */
    private Set<String> confirmations(List<String> targets, List<Forgotten> changed) {
        long change = changes.incrementAndGet();
        Confirmations confirmations = new Confirmations(targets);
        awaited.put(change, confirmations);
        try {
            String what = changed.stream().map(Forgotten::toString).collect(Collectors.joining(";"));
            grid.publish(String.join("|", FORGET, memberId, Long.toString(change), what));
            return confirmations.await(timing.ackWait());
        } catch (RuntimeException e) {
            // the grid shutting down or split: the leases are what is left to rely on
            return confirmations.missing();
        } finally {
            awaited.remove(change);
        }
    }

    /**
     * Revokes these members' leases and waits until none of them may still be answering from memory: a lease
     * revoked here by this writer's clock, one another writer revoked by what the database says is left of it.
     */
    private void revokeAndOutwait(Set<String> members) {
        long wait;
        try {
            wait = writing(connection -> revoke(connection, members));
        } catch (SQLException e) {
            // revoked perhaps, the answer lost: waited out as if so
            wait = timing.servedAfterRevocation().toNanos();
            LOG.log(
                    Level.SEVERE,
                    "{0} other instance(s) did not confirm a change and their leases cannot be revoked "
                            + "({1}): those that still renew may answer from memory what it changed",
                    new Object[] {members.size(), e.getMessage()});
        }
        LOG.log(
                Level.WARNING,
                "{0} other instance(s) did not confirm a change within {1} ms: their leases are "
                        + "revoked, and the change waits {2} ms for them to run out",
                new Object[] {members.size(), timing.ackWait().toMillis(), wait / 1_000_000});
        // waited out even when interrupted: returning sooner would answer before the leases have run out
        long until = System.nanoTime() + wait;
        boolean interrupted = Thread.interrupted();
        for (long now = System.nanoTime(); until - now > 0; now = System.nanoTime()) {
            LockSupport.parkNanos(until - now);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Revokes the leases; how long to wait from now, in nanoseconds, until none of them may still be served on. */
    private long revoke(Connection connection, Set<String> members) throws SQLException {
        Object[] ids = members.toArray();
        int revokedHere;
        try (PreparedStatement revoke = connection.prepareStatement(
                "UPDATE kept_reads_member SET revoked = TRUE WHERE member_id = ANY (?) AND NOT revoked")) {
            revoke.setArray(1, connection.createArrayOf("varchar", ids));
            revokedHere = revoke.executeUpdate();
        }
        long longest = revokedHere > 0 ? timing.servedAfterRevocation().toNanos() : 0;
        try (PreparedStatement left = connection.prepareStatement("SELECT MAX(EXTRACT(EPOCH FROM (lease_until - "
                + "clock_timestamp()))) FROM kept_reads_member WHERE member_id = ANY (?) AND revoked")) {
            left.setArray(1, connection.createArrayOf("varchar", ids));
            try (ResultSet row = left.executeQuery()) {
                double seconds = row.next() ? row.getDouble(1) : 0;
                long byTheDatabase =
                        Math.min((long) (seconds * 1e9), timing.lease().toNanos());
                longest = Math.max(longest, byTheDatabase + WAIT_PAST.toNanos());
            }
        }
        return longest;
    }

    private interface Statements<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs on this writer's connection, once more on a new one if that fails (it may have been idle for hours). */
    private synchronized <T> T writing(Statements<T> statements) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (writes == null) {
                    writes = connection();
                }
                return statements.run(writes);
            } catch (SQLException e) {
                close(writes);
                writes = null;
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** A message from any member: changes to forget (then confirmed), or a confirmation of this one's change. */
    void receive(String message) {
        String[] parts = message.split("\\|", -1);
        try {
            if (parts.length == 4 && parts[0].equals(FORGET) && !parts[1].equals(memberId)) {
                for (String item : parts[3].split(";")) {
                    String[] named = item.split("=", 2);
                    Forgettable cache = named.length == 2 ? caches.get(named[0]) : null;
                    if (cache != null) {
                        cache.forgetTold(named[1].equals(EVERYTHING) ? null : Long.valueOf(named[1]));
                    }
                }
                grid.publish(String.join("|", ACK, parts[1], parts[2], memberId));
            } else if (parts.length == 4 && parts[0].equals(ACK) && parts[1].equals(memberId)) {
                Confirmations confirmations = awaited.get(Long.valueOf(parts[2]));
                if (confirmations != null) {
                    confirmations.confirm(parts[3]);
                }
            }
        } catch (NumberFormatException malformed) {
            // no change is confirmed for it: its writer revokes this member's lease, which is safe
            LOG.fine("A malformed message on the data grid's kept-reads topic was ignored");
        }
    }

    /**
     * Stops serving and renewing and gives up the lease; then, once the changes under way have been confirmed
     * (or a second has passed), stops listening: their confirmations are not lost.
     */
    void stop() {
        stopped = true;
        if (renewing != null) {
            renewing.shutdownNow();
        }
        synchronized (renewal) {
            // after any renewal under way: none arms it again, or comes after the delete
            armed = false;
            try (Connection connection = connection();
                    PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM kept_reads_member WHERE member_id = ?")) {
                delete.setString(1, memberId);
                delete.executeUpdate();
            } catch (SQLException e) {
                LOG.log(
                        Level.WARNING,
                        "This instance's lease on kept reads stays until it runs out ({0})",
                        e.getMessage());
            }
            close(renewals);
            renewals = null;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!awaited.isEmpty() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        try {
            listening.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "The data grid's kept-reads topic could not be left ({0})", e.toString());
        }
        synchronized (this) {
            close(writes);
            writes = null;
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(true);
        connection.setNetworkTimeout(Runnable::run, (int) timing.lease().toMillis());
        return connection;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // broken already
            }
        }
    }

    /** The members a change waits for, until each has confirmed it. */
    private static final class Confirmations {

        private final Set<String> waiting;
        private final CompletableFuture<Void> all = new CompletableFuture<>();

        Confirmations(List<String> members) {
            waiting = ConcurrentHashMap.newKeySet();
            waiting.addAll(members);
        }

        void confirm(String member) {
            if (waiting.remove(member) && waiting.isEmpty()) {
                all.complete(null);
            }
        }

        Set<String> await(Duration wait) {
            try {
                all.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // who is left is the answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return missing();
        }

        Set<String> missing() {
            return new HashSet<>(waiting);
        }
    }
}
