package com.customeraccounts.web.ratelimit;

import com.hazelcast.cache.ICache;
import com.hazelcast.config.CacheSimpleConfig;
import com.hazelcast.config.CacheSimpleConfig.ExpiryPolicyFactoryConfig;
import com.hazelcast.config.CacheSimpleConfig.ExpiryPolicyFactoryConfig.DurationConfig;
import com.hazelcast.config.CacheSimpleConfig.ExpiryPolicyFactoryConfig.TimedExpiryPolicyFactoryConfig;
import com.hazelcast.config.CacheSimpleConfig.ExpiryPolicyFactoryConfig.TimedExpiryPolicyFactoryConfig.ExpiryPolicyType;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link WindowCounts} in Hazelcast caches (JCache) of Payara's data grid, one per window length, whose entries
 * expire one window after they were created; an update leaves that time as it is. Only {@code String} keys
 * and {@code Long} counts go into the grid, which Hazelcast serializes itself: no member needs the
 * application's classes. A count is raised by compare-and-set ({@code replace(key, n, n + 1)}), so the calls
 * are Hazelcast's own and each is asynchronous, waited for against one deadline: a slow or split grid
 * cannot hold a request longer than its wait.
 *
 * <p>Each member keeps at most {@link InProcessRateLimiter#MAX_KEYS} counts per window length; past that
 * Hazelcast evicts the least recently used, whose clients start counting again, rather than the grid
 * growing without end. Each count has an asynchronous backup on another member: a member that dies takes
 * with it at most the last few increments.
 */
final class GridWindowCounts implements WindowCounts {

    static final String CACHE_PREFIX = "customer-accounts.ratelimit.";

    private final HazelcastInstance grid;
    private final Map<Long, ICache<String, Long>> caches = new ConcurrentHashMap<>();

    GridWindowCounts(HazelcastInstance grid) {
        this.grid = grid;
    }

    /**
     * Declares the cache of each window length in the grid, once: that is a cluster-wide call without a
     * deadline, so it is made at start-up for the configured windows, not on a request.
     */
    void prepare(Iterable<Duration> windows) {
        windows.forEach(this::cache);
    }

    @Override
    public long increment(String key, int ceiling, Duration window, Duration wait) throws Unavailable {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            ICache<String, Long> counts = cache(window);
            Long current = await(counts.getAsync(key), deadline);
            // each turn that writes nothing saw another request's increment (or an expiry): the deadline ends it
            while (true) {
                if (current == null) {
                    if (await(counts.putIfAbsentAsync(key, 1L), deadline)) {
                        return 1;
                    }
                } else if (current >= ceiling) {
                    return current + 1;
                } else if (await(counts.replaceAsync(key, current, current + 1), deadline)) {
                    return current + 1;
                }
                current = await(counts.getAsync(key), deadline);
            }
        } catch (RuntimeException e) {
            // the grid shutting down, a member gone mid-call, a partition lost
            throw new Unavailable("the data grid failed", e);
        }
    }

    private ICache<String, Long> cache(Duration window) {
        return caches.computeIfAbsent(Math.max(1, window.toSeconds()), seconds -> {
            String name = CACHE_PREFIX + seconds + "s";
            grid.getConfig()
                    .addCacheConfig(new CacheSimpleConfig()
                            .setName(name)
                            .setBackupCount(0)
                            .setAsyncBackupCount(1)
                            .setStatisticsEnabled(false)
                            .setEvictionConfig(new EvictionConfig()
                                    .setSize(InProcessRateLimiter.MAX_KEYS)
                                    .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                                    .setEvictionPolicy(EvictionPolicy.LRU))
                            .setExpiryPolicyFactoryConfig(
                                    new ExpiryPolicyFactoryConfig(new TimedExpiryPolicyFactoryConfig(
                                            ExpiryPolicyType.CREATED, new DurationConfig(seconds, TimeUnit.SECONDS)))));
            return grid.getCacheManager().getCache(name);
        });
    }

    private static <T> T await(CompletionStage<T> call, long deadline) throws Unavailable {
        try {
            return call.toCompletableFuture().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new Unavailable("no answer in time", e);
        } catch (ExecutionException e) {
            throw new Unavailable("the call failed", e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }
}
