package com.customeraccounts.trace;

import com.customeraccounts.customer.CustomerId;
import java.util.Objects;
import java.util.Optional;

/**
 * The trace of the work running on this thread: set by whoever starts that work (the web filter for a request,
 * the outbox worker for the delivery of a row) with {@link #open}, and put back as it was when the returned
 * scope closes, so that a pooled thread never carries one request's id into the next.
 */
public final class RequestContext {

    private static final ThreadLocal<Trace> CURRENT = new ThreadLocal<>();

    private RequestContext() {}

    /** A request's id and, once known, its customer. */
    public record Trace(RequestId requestId, Optional<CustomerId> customerId) {

        public Trace {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(customerId, "customerId");
        }

        public static Trace of(RequestId requestId) {
            return new Trace(requestId, Optional.empty());
        }
    }

    /** Puts back what this thread traced before. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    /** Traces this thread with {@code trace} until the scope closes. */
    public static Scope open(Trace trace) {
        Trace previous = CURRENT.get();
        CURRENT.set(trace);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static Optional<Trace> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<RequestId> requestId() {
        return current().map(Trace::requestId);
    }

    /** The customer the current request turned out to be for, once it is known (its token was checked). */
    public static void identify(CustomerId customer) {
        Trace trace = CURRENT.get();
        if (trace != null) {
            CURRENT.set(new Trace(trace.requestId(), Optional.of(customer)));
        }
    }
}
