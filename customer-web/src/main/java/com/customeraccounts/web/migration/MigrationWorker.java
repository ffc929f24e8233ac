package com.customeraccounts.web.migration;

import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.migration.pull.MigrationMode;
import com.customeraccounts.migration.pull.MigrationRun;
import com.customeraccounts.migration.pull.MigrationRuns;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Works each run on a managed thread of its own (a run can take minutes, longer than a pooled executor's
 * task should), and every {@link #SWEEP_SECONDS} s takes over the runs whose instance has gone (a run left
 * running by a crash or a restart resumes from its checkpoint) and, after another instance's pull, drops the
 * ids this one had reserved for new accounts.
 */
@ApplicationScoped
public class MigrationWorker {

    private static final Logger LOG = Logger.getLogger(MigrationWorker.class.getName());
    private static final long SWEEP_SECONDS = 10;

    @Inject
    MigrationRuns runs;

    private volatile ManagedThreadFactory threads;

    void start(@Observes ServiceStarted started) {
        ManagedScheduledExecutorService executor;
        try {
            threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
            executor = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed threads to run Magento pulls on", e);
        }
        executor.scheduleWithFixedDelay(this::sweep, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts a run and works it in the background; answers it as it stands at its start. */
    public MigrationRun start(MigrationMode mode, boolean dryRun) {
        MigrationRun run = runs.start(mode, dryRun);
        launch(run.id());
        return run;
    }

    private void sweep() {
        try {
            runs.forgetReservedIdsAfterAPull();
            runs.claimAbandoned().forEach(id -> {
                LOG.info(() -> "Resuming migration run " + id + " from its checkpoint");
                launch(id);
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not check on the migration runs (" + e.getClass().getName() + "); looking again in "
                            + SWEEP_SECONDS + " s");
        }
    }

    private void launch(long id) {
        Thread thread = threads.newThread(() -> runs.work(id));
        thread.setName("magento-pull-" + id);
        thread.start();
    }
}
