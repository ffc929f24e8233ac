package com.customeraccounts.persistence.retention;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.persistence.database.ApplicationDataSource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Deletes the {@link ExpiredRows} every hour, on the server's managed scheduled executor. */
@ApplicationScoped
class ExpiredRowsSchedule {

    private static final Logger LOG = Logger.getLogger(ExpiredRowsSchedule.class.getName());
    private static final long EVERY_MINUTES = 60;

    @Inject
    Clock clock;

    @Inject
    StoreConfig config;

    void start(@Observes ServiceStarted started) {
        ManagedScheduledExecutorService executor;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed scheduled executor to delete expired rows with", e);
        }
        ExpiredRows expired = new ExpiredRows(
                ApplicationDataSource.lookup(),
                clock,
                Duration.ofHours(config.intValue(ConfigPath.IDEMPOTENCY_TTL_HOURS)),
                Duration.ofDays(config.intValue(ConfigPath.AUDIT_RETENTION_DAYS)));
        executor.scheduleWithFixedDelay(() -> purgeSafely(expired), 1, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    private static void purgeSafely(ExpiredRows expired) {
        try {
            int deleted = expired.purge();
            LOG.fine(() -> "Deleted " + deleted + " expired tokens, old password reset requests and idempotency keys");
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not delete expired tokens, old password reset requests and idempotency keys ("
                            + e.getClass().getName() + "); trying again within the hour");
        }
    }
}
