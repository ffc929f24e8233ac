package com.customeraccounts.web.shutdown;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.lifecycle.ServiceStopping;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops the service gracefully on SIGTERM. The JVM's own handling would run the shutdown hooks at once
 * (Payara Micro's among them, which just stops the server) and exit 143, cutting off requests in flight; so
 * once started, this replaces it: new requests are turned away, those in flight get up to
 * {@code shutdown.grace_seconds} to finish, the other modules are told ({@link ServiceStopping}) to finish
 * and hand back what they hold, and the process exits 0, running the shutdown hooks then.
 *
 * <p>The stopping runs on a thread of the server's managed thread factory, made at start-up: the signal's
 * own thread has none of the application's context (JNDI, CDI), and a thread takes its context from the
 * one that makes it. However long the stopping takes, the process exits {@link #EXIT_MARGIN} after the
 * grace period at the latest.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());
    private static final Signal TERM = new Signal("TERM");
    /** For what comes after the grace period: the modules' hand-back (a few short statements). */
    static final Duration EXIT_MARGIN = Duration.ofSeconds(5);

    @Inject
    RequestsInFlight inFlight;

    @Inject
    Event<ServiceStopping> stopping;

    @Inject
    StoreConfig config;

    @Inject
    Clock clock;

    private final AtomicBoolean signalled = new AtomicBoolean();
    private volatile Instant deadline;
    private Thread stopper;
    private SignalHandler previous;

    void install(@Observes ServiceStarted started) {
        Duration grace = Duration.ofSeconds(config.intValue(ConfigPath.SHUTDOWN_GRACE_SECONDS));
        try {
            ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
            stopper = threads.newThread(this::stop);
            stopper.setName("graceful-shutdown");
            previous = Signal.handle(TERM, signal -> terminate(grace));
            LOG.info(() ->
                    "On SIGTERM the service drains its requests for up to " + grace.toSeconds() + " s, then exits");
        } catch (NamingException | IllegalArgumentException e) {
            LOG.log(
                    Level.WARNING,
                    "Cannot handle SIGTERM (" + e.getClass().getName() + "); stopping cuts off the requests in flight");
        }
    }

    @PreDestroy
    void uninstall() {
        if (previous != null) {
            Signal.handle(TERM, previous);
        }
    }

    /** On the signal's thread: starts the stopping once and exits when it is done or out of time. */
    private void terminate(Duration grace) {
        if (!signalled.compareAndSet(false, true)) {
            LOG.info("SIGTERM again: the service is already stopping");
            return;
        }
        deadline = clock.instant().plus(grace);
        stopper.start();
        try {
            stopper.join(grace.plus(EXIT_MARGIN).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            LOG.warning("The service did not finish stopping within the grace period; exiting anyway");
        }
        System.exit(0);
    }

    private void stop() {
        try {
            int count = inFlight.count();
            LOG.info(() -> "SIGTERM: taking no new requests; " + count + " in flight, until " + deadline);
            if (!inFlight.drain(Duration.between(clock.instant(), deadline))) {
                LOG.warning(() -> inFlight.count() + " requests still in flight at the end of the grace period");
            }
            stopping.fire(new ServiceStopping(deadline));
            LOG.info("Stopped gracefully; exiting");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stopping failed (" + e.getClass().getName() + "); exiting anyway", e);
        }
    }
}
