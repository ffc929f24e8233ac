package com.customeraccounts.lifecycle;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a health probe (a query against the database, say) on another thread and waits for it no longer than
 * its limit, so that an unreachable database makes a probe answer DOWN at once instead of hanging the
 * orchestrator that asked. While a run is still hanging, later calls wait on that same run rather than
 * starting more of them.
 */
public final class BoundedProbe<T> {

    /** The probe's answer, or why there is none. */
    public sealed interface Outcome<T> {

        /** For a health answer: the value, or the kind of failure (never its message, which may name a host). */
        String describe();
    }

    public record Answered<T>(T value) implements Outcome<T> {
        @Override
        public String describe() {
            return String.valueOf(value);
        }
    }

    public record Failed<T>(Throwable cause) implements Outcome<T> {
        @Override
        public String describe() {
            return cause.getClass().getSimpleName();
        }
    }

    public record TimedOut<T>(Duration limit) implements Outcome<T> {
        @Override
        public String describe() {
            return "no answer within " + limit.toSeconds() + " s";
        }
    }

    private final Callable<T> probe;
    private final Duration limit;
    private FutureTask<T> running;

    public BoundedProbe(Callable<T> probe, Duration limit) {
        this.probe = probe;
        this.limit = limit;
    }

    /** Runs on the application server's default managed executor, so the probe sees the application's resources. */
    public Outcome<T> run() {
        try {
            return run(InitialContext.<Executor>doLookup("java:comp/DefaultManagedExecutorService"));
        } catch (NamingException e) {
            return new Failed<>(e);
        }
    }

    public Outcome<T> run(Executor executor) {
        FutureTask<T> task = task(executor);
        try {
            return new Answered<>(task.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return new TimedOut<>(limit);
        } catch (ExecutionException e) {
            return new Failed<>(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed<>(e);
        }
    }

    private synchronized FutureTask<T> task(Executor executor) {
        if (running == null || running.isDone()) {
            running = new FutureTask<>(probe);
            executor.execute(running);
        }
        return running;
    }
}
