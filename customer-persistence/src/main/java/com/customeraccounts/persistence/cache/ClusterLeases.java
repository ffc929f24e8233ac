package com.customeraccounts.persistence.cache;

import com.customeraccounts.persistence.database.DatabaseShare;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets the members of a cluster keep what they read ({@link KeptReads}) and still never answer from it after a
 * change made on another member has returned.
 *
 * <p>Each member holds a lease in {@code kept_reads_member}, renewed every {@link Timing#renewEvery}; it answers
 * from memory only while its last renewal is younger than the lease (less a margin, by its own clock), and only
 * {@link Timing#quiet} after its row was written anew. A change, once committed and before its response, is
 * told through the data grid to every other member listed there, and each forgets what it touches and confirms.
 * A member that does not confirm within {@link Timing#ackWait} (cut off, paused, dead) has its lease revoked in
 * the database, and the change waits until that lease has run out: by then the member has stopped answering from
 * memory, and when it next renews it finds the revocation, forgets everything and starts again quiet.
 *
 * <p>The members' list is the one read at the last renewal, if that is younger than {@link Timing#freshFor}, else
 * read again. A member that wrote its row after the list was read waits {@code quiet}, longer than that, before it
 * keeps anything: whatever it keeps was read after every change told with the older list had committed.
 *
 * <p>An instance on a shared PostgreSQL that keeps nothing (a cluster's member without a grid, a single instance
 * beside others) still tells of its changes: without a grid, by revoking every listed lease and waiting it out.
 */
public final class ClusterLeases {

    /** How the members reach each other: Payara's data grid, in the server. */
    public interface Grid {

        /** Sends the message to every member, this one too; may fail or be lost, never waits for the others. */
        void publish(String message);

        /** Hands each message any member published to {@code receiver}, on a thread of the grid's. */
        void listen(Consumer<String> receiver);
    }

    /** What a member forgets when another tells of a change. */
    interface Forgettable {

        /** Forgets this key, or everything when it is null; a read under way meanwhile is not kept. */
        void forgetTold(Long key);
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
    }

    private static final Logger LOG = Logger.getLogger(ClusterLeases.class.getName());
    private static final String FORGET = "forget";
    private static final String ACK = "ack";
    private static final String EVERYTHING = "*";
    /** What a lease's end is waited past, beyond what the database said was left of it. */
    private static final long WAIT_PAST_NANOS = Duration.ofMillis(50).toNanos();

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

    private volatile boolean armed;
    private volatile long servingFrom;
    private volatile long servingUntil;
    private volatile Members others = Members.NONE;
    private Connection renewals;
    private Connection writes;
    private boolean toldCannotRenew;
    private ScheduledExecutorService renewing;

    ClusterLeases(DataSource database, Grid grid, Timing timing, Map<String, Forgettable> caches) {
        this.database = database;
        this.grid = grid;
        this.timing = timing;
        this.caches = caches;
        if (grid != null) {
            grid.listen(this::receive);
        }
    }

    /** The other members as last read, and when that read began ({@link System#nanoTime}). */
    private record Members(List<String> ids, long readAt) {
        static final Members NONE = new Members(List.of(), Long.MIN_VALUE);
    }

    /**
     * Joins the cluster of this instance's shared PostgreSQL database through its data grid: from
     * {@link Timing#quiet} on, its caches keep what they read. False when the database is not shared PostgreSQL.
     */
    public static synchronized boolean join(Grid grid) {
        Optional<DataSource> shared = DatabaseShare.sharedPostgres();
        if (application != null || shared.isEmpty()) {
            return false;
        }
        ClusterLeases leases = new ClusterLeases(shared.get(), grid, Timing.DEFAULT, SERVER_CACHES);
        leases.renewEverySoOften();
        application = leases;
        return true;
    }

    /** Stops answering from memory and gives up the lease: the others no longer wait for this instance. */
    public static synchronized void leave() {
        if (application != null) {
            application.stop();
            application = null;
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
     * Tells the others of a committed change, and returns once each has forgotten it or can no longer answer
     * from memory. Nothing to tell for a sole instance or H2, where nobody else keeps anything.
     */
    static void tell(String cache, Long key) {
        try {
            tellNow(cache, key);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "A change could not be told to the other instances ({0}): they may answer from "
                            + "memory what it changed until their leases run out",
                    e.toString());
        }
    }

    private static void tellNow(String cache, Long key) {
        ClusterLeases leases = application;
        if (leases != null) {
            leases.told(cache, key);
            return;
        }
        Optional<DataSource> shared = DatabaseShare.sharedPostgres();
        if (shared.isPresent()) {
            gridless(shared.get()).told(cache, key);
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
        renewing.scheduleWithFixedDelay(this::renew, 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Renews this member's lease and reads the others'. A lease that is gone (revoked, or deleted after a long
     * outage) is written anew, after everything kept is forgotten, and this member stays quiet from then on.
     */
    void renew() {
        try {
            if (renewals == null) {
                renewals = connection();
            }
            long sent = System.nanoTime();
            if (!extendLease(renewals)) {
                armed = false;
                forgetEverything();
                writeLease(renewals);
                servingFrom = System.nanoTime() + timing.quiet().toNanos();
                armed = true;
            }
            servingUntil = sent + timing.lease().minus(timing.margin()).toNanos();
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
        // leases revoked or run out an hour ago belong to instances long gone or started again under a new id
        try (PreparedStatement sweep = connection.prepareStatement(
                "DELETE FROM kept_reads_member WHERE lease_until < clock_timestamp() - INTERVAL '1 hour'")) {
            sweep.executeUpdate();
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
        return new Members(List.copyOf(ids), readAt);
    }

    private void forgetEverything() {
        caches.values().forEach(cache -> cache.forgetTold(null));
    }

    /** Tells the others of a committed change; see {@link #tell}. */
    void told(String cache, Long key) {
        List<String> targets;
        try {
            targets = currentOthers();
        } catch (SQLException e) {
            LOG.log(
                    Level.SEVERE,
                    "A change could not be told to the other instances: their list cannot be read "
                            + "({0}); they may answer from memory what it changed until their leases run out",
                    e.getMessage());
            return;
        }
        if (targets.isEmpty()) {
            return;
        }
        Set<String> unconfirmed = grid == null ? Set.copyOf(targets) : confirmations(targets, cache, key);
        if (!unconfirmed.isEmpty()) {
            revokeAndOutwait(unconfirmed);
        }
    }

    private List<String> currentOthers() throws SQLException {
        Members known = others;
        if (grid != null
                && System.nanoTime() - known.readAt() < timing.freshFor().toNanos()) {
            return known.ids();
        }
        synchronized (this) {
            try {
                if (writes == null) {
                    writes = connection();
                }
                return readOthers(writes).ids();
            } catch (SQLException e) {
                close(writes);
                writes = null;
                throw e;
            }
        }
    }

    /** Publishes the change and waits for the members to confirm it; who did not, in time. */
    private Set<String> confirmations(List<String> targets, String cache, Long key) {
        long change = changes.incrementAndGet();
        Confirmations confirmations = new Confirmations(targets);
        awaited.put(change, confirmations);
        try {
            grid.publish(String.join(
                    "|", FORGET, memberId, Long.toString(change), cache, key == null ? EVERYTHING : key.toString()));
            return confirmations.await(timing.ackWait());
        } catch (RuntimeException e) {
            // the grid shutting down or split: the leases are what is left to rely on
            return confirmations.missing();
        } finally {
            awaited.remove(change);
        }
    }

    /** Revokes these members' leases and waits until the longest of them has run out. */
    private void revokeAndOutwait(Set<String> members) {
        long left;
        try {
            left = revoke(members);
        } catch (SQLException e) {
            LOG.log(
                    Level.SEVERE,
                    "{0} other instance(s) did not confirm a change and their leases cannot be revoked "
                            + "({1}): they may answer from memory what it changed until they next renew",
                    new Object[] {members.size(), e.getMessage()});
            left = timing.lease().toNanos();
        }
        LOG.log(
                Level.WARNING,
                "{0} other instance(s) did not confirm a change within {1} ms: their leases are "
                        + "revoked, and the change waits {2} ms for them to run out",
                new Object[] {members.size(), timing.ackWait().toMillis(), Math.max(0, left) / 1_000_000});
        long until = System.nanoTime() + left + WAIT_PAST_NANOS;
        try {
            for (long now = System.nanoTime(); until - now > 0; now = System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(until - now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Revokes the leases; how long the longest of them still runs, in nanoseconds (negative when all have ended). */
    private synchronized long revoke(Set<String> members) throws SQLException {
        try {
            if (writes == null) {
                writes = connection();
            }
            Array ids = writes.createArrayOf("varchar", members.toArray());
            try (PreparedStatement revoke = writes.prepareStatement("UPDATE kept_reads_member SET revoked = TRUE "
                    + "WHERE member_id = ANY (?) RETURNING EXTRACT(EPOCH FROM (lease_until - clock_timestamp()))")) {
                revoke.setArray(1, ids);
                double longest = -1;
                try (ResultSet rows = revoke.executeQuery()) {
                    while (rows.next()) {
                        longest = Math.max(longest, rows.getDouble(1));
                    }
                }
                return (long) (longest * 1e9);
            }
        } catch (SQLException e) {
            close(writes);
            writes = null;
            throw e;
        }
    }

    /** A message from any member: a change to forget (then confirmed), or a confirmation of this one's change. */
    void receive(String message) {
        String[] parts = message.split("\\|", -1);
        try {
            if (parts.length == 5 && parts[0].equals(FORGET) && !parts[1].equals(memberId)) {
                Forgettable cache = caches.get(parts[3]);
                if (cache != null) {
                    cache.forgetTold(parts[4].equals(EVERYTHING) ? null : Long.valueOf(parts[4]));
                }
                grid.publish(String.join("|", ACK, parts[1], parts[2], memberId));
            } else if (parts.length == 4 && parts[0].equals(ACK) && parts[1].equals(memberId)) {
                Confirmations confirmations = awaited.get(Long.valueOf(parts[2]));
                if (confirmations != null) {
                    confirmations.confirm(parts[3]);
                }
            }
        } catch (NumberFormatException malformed) {
            LOG.fine("A malformed message on the data grid's kept-reads topic was ignored");
        }
    }

    void stop() {
        armed = false;
        if (renewing != null) {
            renewing.shutdownNow();
            try {
                renewing.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Connection connection = connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM kept_reads_member WHERE member_id = ?")) {
            delete.setString(1, memberId);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "This instance's lease on kept reads stays until it runs out ({0})", e.getMessage());
        }
        close(renewals);
        synchronized (this) {
            close(writes);
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
