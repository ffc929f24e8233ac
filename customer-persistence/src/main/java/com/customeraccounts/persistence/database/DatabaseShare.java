package com.customeraccounts.persistence.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this instance is the only one writing to its database, the one case in which it may answer from
 * what it keeps in memory: no change can then be made where it would not hear of it.
 *
 * <p>On PostgreSQL every instance holds the advisory lock {@link #KEY}, on a connection of its own, for as long as
 * it runs, and takes it before its schema migration and its first connection. A single instance (Payara Micro's
 * {@code --nocluster}) that finds nobody holding it takes it alone, and is then the sole instance. Every other
 * instance (a cluster's member, a second single instance, the next version started before the last one stops)
 * asks for it shared, and so waits. Every second each instance looks at the lock: the sole one, when another
 * waits, stops being sole, for good, and only then lets it in, keeping a shared hold itself; any instance whose
 * hold is gone (its connection broke) stops being sole and asks for it shared again. So nobody else writes while
 * the sole instance answers from memory, except for the second or two after a lock connection breaks.
 *
 * <p>H2 is embedded: its file is open in one process only, and a single instance on it is sole; not through
 * H2's server ({@code jdbc:h2:tcp:}, {@code ssl:}, {@code AUTO_SERVER=TRUE}), where others may share it.
 */
public final class DatabaseShare {

    /** Payara Micro's {@code --nocluster}, as the uber jar's boot properties (or {@code -D}) set it. */
    static final String NO_CLUSTER = "payaramicro.noCluster";

    /** {@code pg_locks} shows a bigint key as classid (its high half) and objid (its low half). */
    static final long KEY = 0x43757374_41636374L;

    /** How long an instance waits for the sole one to let it in: that one looks every second. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    /** How long a look at the lock may take before the hold counts as broken. */
    private static final int LOOK_TIMEOUT_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(DatabaseShare.class.getName());

    private static volatile DatabaseShare application;

    private final DataSource database;
    private final Duration wait;
    private volatile Connection hold;
    private volatile boolean sole;
    private boolean toldCannotHold;
    private ScheduledExecutorService watch;

    private DatabaseShare(DataSource database, Connection hold, Duration wait, boolean sole) {
        this.database = database;
        this.hold = hold;
        this.wait = wait;
        this.sole = sole;
    }

    /** Whether this is a single instance (Payara Micro's {@code --nocluster}), not a cluster's member. */
    public static boolean singleInstance() {
        return "true".equalsIgnoreCase(System.getProperty(NO_CLUSTER));
    }

    /** Whether the application's instance is the sole one on its database (none before it has connected). */
    public static boolean sole() {
        DatabaseShare share = application;
        return share != null && share.sole;
    }

    /**
     * The application's PostgreSQL database, when this instance shares it with others (it is not the sole one):
     * there the instances of a cluster tell each other of their changes ({@code ClusterLeases}).
     */
    public static Optional<DataSource> sharedPostgres() {
        DatabaseShare share = application;
        return share != null && share.database != null && !share.sole ? Optional.of(share.database) : Optional.empty();
    }

    /** Settles the application's share of its database once, before anything else reaches it. */
    static synchronized void settle(DataSource database, boolean singleInstance) throws SQLException {
        if (application == null) {
            application = take(database, singleInstance, WAIT);
        }
    }

    /**
     * Takes this instance's share: alone when it is a single instance and nobody holds the lock, else shared,
     * waiting up to {@code wait} for a sole instance to let it in.
     */
    static DatabaseShare take(DataSource database, boolean singleInstance, Duration wait) throws SQLException {
        Connection connection = database.getConnection();
        try {
            if (DatabaseVendor.of(connection) != DatabaseVendor.POSTGRESQL) {
                boolean alone = singleInstance
                        && inThisProcessOnly(connection.getMetaData().getURL());
                connection.close();
                return new DatabaseShare(null, null, wait, alone);
            }
            connection.setAutoCommit(true);
            boolean alone = singleInstance && tryLock(connection);
            if (!alone) {
                lockShared(connection, wait);
            }
            lookWithin(connection);
            DatabaseShare share = new DatabaseShare(database, connection, wait, alone);
            share.watch();
            if (alone) {
                LOG.info("This instance is the only one on its database: it keeps the customers and tokens it "
                        + "has read in memory, until another instance starts on the same database");
            }
            return share;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean inThisProcessOnly(String h2Url) {
        String url = h2Url.toLowerCase(Locale.ROOT);
        return !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:") && !url.contains("auto_server=true");
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void lockShared(Connection connection, Duration wait) throws SQLException {
        try (Statement timeout = connection.createStatement()) {
            timeout.execute("SET lock_timeout = " + wait.toMillis());
        }
        try {
            call(connection, "SELECT pg_advisory_lock_shared(?)");
        } catch (SQLException e) {
            throw new SQLException(
                    "Another instance runs alone on this database and did not let this one in within "
                            + wait.toSeconds() + " s",
                    e);
        }
    }

    /** Once the lock is held: a look that hangs (a network that drops packets) ends as a broken hold. */
    private static void lookWithin(Connection connection) throws SQLException {
        try (Statement timeout = connection.createStatement()) {
            timeout.execute("SET statement_timeout = " + LOOK_TIMEOUT_MILLIS);
        }
        connection.setNetworkTimeout(Runnable::run, LOOK_TIMEOUT_MILLIS);
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement(sql)) {
            call.setLong(1, KEY);
            call.execute();
        }
    }

    boolean isSole() {
        return sole;
    }

    private void watch() {
        watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "customer-accounts-database-share");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(this::look, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every second: lets in an instance that waits while this one is sole; takes a broken hold again. */
    void look() {
        try {
            Lock lock = lock();
            if (!lock.heldHere()) {
                throw new SQLException("this instance's hold on the lock is gone");
            }
            if (sole && lock.someoneWaits()) {
                sole = false;
                LOG.info("Another instance started on this database: this instance keeps nothing it reads in "
                        + "memory from now on");
                call(hold, "SELECT pg_advisory_lock_shared(?)");
                call(hold, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException | RuntimeException e) {
            if (sole) {
                sole = false;
                LOG.log(
                        Level.WARNING,
                        "This instance's hold on its database broke ({0}): it keeps nothing it reads in memory from "
                                + "now on",
                        e.getClass().getSimpleName());
            }
            holdAgain();
        }
    }

    private record Lock(boolean heldHere, boolean someoneWaits) {}

    private Lock lock() throws SQLException {
        if (hold == null) {
            throw new SQLException("no hold");
        }
        try (PreparedStatement select = hold.prepareStatement("SELECT "
                + "COALESCE(bool_or(granted AND pid = pg_backend_pid()), FALSE), "
                + "COALESCE(bool_or(NOT granted AND pid <> pg_backend_pid()), FALSE) "
                + "FROM pg_locks WHERE locktype = 'advisory' "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1")) {
            select.setLong(1, KEY >>> 32);
            select.setLong(2, KEY & 0xFFFF_FFFFL);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Lock(row.getBoolean(1), row.getBoolean(2));
            }
        }
    }

    /** A shared hold on a new connection (the old one closed, with whatever it still held). */
    private void holdAgain() {
        close(hold);
        hold = null;
        try {
            Connection again = database.getConnection();
            try {
                again.setAutoCommit(true);
                lockShared(again, wait);
                lookWithin(again);
            } catch (SQLException | RuntimeException e) {
                close(again);
                throw e;
            }
            hold = again;
            toldCannotHold = false;
            LOG.info("This instance holds its share of its database again");
        } catch (SQLException | RuntimeException e) {
            // once per outage, not every second of it
            LOG.log(
                    toldCannotHold ? Level.FINE : Level.WARNING,
                    "This instance cannot take its share of its database again ({0}); it tries again every second",
                    e.getMessage());
            toldCannotHold = true;
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // broken already: the lock went with it
        }
    }

    /** Gives up the share (the lock goes with its connection). */
    void release() {
        sole = false;
        if (watch != null) {
            watch.shutdownNow();
        }
        close(hold);
    }
}
