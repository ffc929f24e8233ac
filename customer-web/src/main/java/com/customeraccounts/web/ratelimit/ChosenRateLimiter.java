package com.customeraccounts.web.ratelimit;

import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's rate limiter, chosen once, at start-up, by {@code ratelimit.store}: {@code auto} (the
 * default) counts in Payara's data grid when the instance runs in a cluster, and in its own memory when it
 * runs alone (Payara Micro's {@code --nocluster}, which the uber jar has unless told otherwise); {@code grid}
 * and {@code memory} force one. The choice is logged. Without a data grid to count in, the counts stay in
 * memory, with a warning: then each instance counts on its own.
 */
@ApplicationScoped
public class ChosenRateLimiter implements RateLimiter {

    /** Where Payara binds its Hazelcast instance. */
    static final String GRID = "payara/Hazelcast";
    /**
     * Payara Micro's {@code --nocluster} as the uber jar's boot properties (or {@code -D}) set it. The flag given
     * to a plain {@code payara-micro.jar} sets no property: such an instance counts in its grid of one member,
     * which is as right, only a little slower.
     */
    static final String NO_CLUSTER = "payaramicro.noCluster";

    private static final Logger LOG = Logger.getLogger(ChosenRateLimiter.class.getName());

    enum Store {
        MEMORY,
        GRID
    }

    @Inject
    StoreConfig config;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    private final Object lock = new Object();
    private volatile RateLimiter chosen;

    void choose(@Observes ServiceStarted started) {
        chosen();
    }

    @Override
    public Optional<Duration> acquire(String key, RateLimit limit) {
        return chosen().acquire(key, limit);
    }

    /** The store {@code ratelimit.store} asks for, given Payara Micro's {@code payaramicro.noCluster}. */
    static Store wanted(String setting, String noCluster) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "", "auto" -> "true".equalsIgnoreCase(noCluster) ? Store.MEMORY : Store.GRID;
            case "memory" -> Store.MEMORY;
            case "grid" -> Store.GRID;
            default ->
                throw new IllegalArgumentException("ratelimit.store must be auto, grid or memory, not " + setting);
        };
    }

    private RateLimiter chosen() {
        RateLimiter current = chosen;
        if (current == null) {
            synchronized (lock) {
                if (chosen == null) {
                    chosen = choose();
                }
                current = chosen;
            }
        }
        return current;
    }

    private RateLimiter choose() {
        InProcessRateLimiter memory = new InProcessRateLimiter(clock);
        if (wanted(config.value("ratelimit.store"), System.getProperty(NO_CLUSTER)) == Store.MEMORY) {
            LOG.info(
                    "Rate limits are counted in this instance's memory (a single instance, or ratelimit.store=memory)");
            return memory;
        }
        Optional<HazelcastInstance> grid = grid();
        if (grid.isEmpty()) {
            LOG.warning("Rate limits are counted in this instance's memory: there is no data grid at " + GRID
                    + ", so each instance of a cluster counts on its own and a client gets up to that many times"
                    + " its limits");
            return memory;
        }
        GridWindowCounts counts = new GridWindowCounts(grid.get());
        try {
            counts.prepare(RateLimits.DEFAULTS.keySet().stream()
                    .map(name -> limits.of(name).window())
                    .toList());
        } catch (RuntimeException e) {
            LOG.warning("Rate limits are counted in this instance's memory: the data grid refused their caches ("
                    + e.getClass().getName() + "), so each instance counts on its own");
            return memory;
        }
        LOG.info(() -> "Rate limits are counted in the data grid '"
                + grid.get().getConfig().getClusterName() + "', now of "
                + grid.get().getCluster().getMembers().size() + " member(s): every instance in it counts against the"
                + " same limits");
        return new GridRateLimiter(counts, clock);
    }

    private static Optional<HazelcastInstance> grid() {
        try {
            HazelcastInstance grid = InitialContext.doLookup(GRID);
            return grid.getLifecycleService().isRunning() ? Optional.of(grid) : Optional.empty();
        } catch (NamingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
