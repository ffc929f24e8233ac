package com.customeraccounts.migration.pull;

import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.config.AccountSharing;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pull runs: starting one, reading them, and working one through (on a thread of the caller's choice).
 * Each service instance is one owner; a run whose owner has shown no sign of life for {@link #LEASE} (it
 * crashed, or was stopped) is taken over by the next instance that looks, and resumes at its checkpoint.
 */
@ApplicationScoped
public class MigrationRuns {

    private static final Logger LOG = Logger.getLogger(MigrationRuns.class.getName());
    /** Far longer than one batch takes: a live owner writes its heartbeat with every batch. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    static final String NOT_CONFIGURED =
            "The Magento database is not configured: set magento.db.url, " + "magento.db.user and magento.db.password.";
    static final String RUN_NOT_FOUND = "The migration run with id \"%1\" does not exist.";
    static final int MAX_REJECTIONS_SHOWN = 1000;

    private final String owner = UUID.randomUUID().toString();
    /** The last completed run this instance knows of; -1 until it first looks. */
    private final AtomicLong lastCompleted = new AtomicLong(-1);

    private MigrationRunStore runs;
    private MigrationTarget target;
    private MagentoSources sources;
    private Stores stores;
    private StoreConfig config;
    private Directory directory;
    private Clock clock;
    private Event<MigrationRowsCounted> counted;
    private DeclaredAttributes declared;

    protected MigrationRuns() {}

    @Inject
    public MigrationRuns(
            MigrationRunStore runs,
            MigrationTarget target,
            MagentoSources sources,
            Stores stores,
            StoreConfig config,
            Directory directory,
            Clock clock,
            Event<MigrationRowsCounted> counted,
            DeclaredAttributes declared) {
        this.runs = runs;
        this.target = target;
        this.sources = sources;
        this.stores = stores;
        this.config = config;
        this.directory = directory;
        this.clock = clock;
        this.counted = counted;
        this.declared = declared;
    }

    /** A new run, owned by this instance and not yet worked on: hand its id to {@link #work}. */
    public MigrationRun start(MigrationMode mode, boolean dryRun) {
        if (!sources.configured()) {
            throw InputException.of(NOT_CONFIGURED);
        }
        return runs.create(mode, dryRun, clock.instant(), owner);
    }

    public MigrationRun get(long id) {
        return runs.find(id)
                .orElseThrow(() -> new NoSuchEntityException(
                        com.customeraccounts.error.Phrase.of(RUN_NOT_FOUND.replace("%1", Long.toString(id)))));
    }

    public List<MigrationRun> recent(int limit) {
        return runs.recent(limit);
    }

    public List<Rejection> rejections(long id) {
        return runs.rejections(id, MAX_REJECTIONS_SHOWN);
    }

    /** Runs left by an owner that is gone, now taken over by this instance: hand each to {@link #work}. */
    public List<Long> claimAbandoned() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(LEASE);
        return runs.abandoned(staleBefore).stream()
                .filter(id -> runs.claim(id, owner, now, staleBefore))
                .toList();
    }

    /**
     * After a pull that another instance ran, drops the ids this one had reserved for new accounts: they may
     * now belong to imported customers, and the sequences have moved past them. Called periodically.
     */
    public void forgetReservedIdsAfterAPull() {
        long last = runs.lastCompleted().map(MigrationRun::id).orElse(0L);
        long known = lastCompleted.getAndSet(last);
        if (known >= 0 && known != last) {
            target.forgetReservedIds();
        }
    }

    /** Works a run owned by this instance to its end, in the calling thread. Never throws. */
    public void work(long id) {
        Optional<MigrationRun> run =
                runs.find(id).filter(r -> r.status() == RunStatus.RUNNING && owner.equals(r.owner()));
        if (run.isEmpty()) {
            return;
        }
        AccountSharing sharing = AccountSharing.configuredIn(config);
        MigrationRunner runner = new MigrationRunner(
                runs,
                target,
                (scopes, groups, attributes) -> new PullRules(
                        stores, scopes, sharing, directory, groups, new PulledAttributes(declared, attributes)),
                clock,
                owner,
                added -> counted.fire(new MigrationRowsCounted(added)));
        try (MagentoSource source = sources.open()) {
            runner.run(run.get(), source);
        } catch (RunLost lost) {
            LOG.info(() -> "Migration run " + id + " was taken over by another instance");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Migration run " + id + " failed: " + e.getMessage());
            try {
                runs.finish(id, owner, RunStatus.FAILED, failure(e), clock.instant());
            } catch (RuntimeException again) {
                LOG.log(
                        Level.WARNING,
                        "Could not record that migration run " + id + " failed; it resumes after " + LEASE.toSeconds()
                                + " s: " + again.getMessage());
            }
        }
    }

    /** A failure's message for the run's report: our own failures say what went wrong, others only their kind. */
    private static String failure(RuntimeException e) {
        String message =
                e instanceof MigrationFailure ? e.getMessage() : e.getClass().getSimpleName();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
