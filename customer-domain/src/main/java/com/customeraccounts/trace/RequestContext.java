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

    /**
     * A request's id, the client it came from, and once known, who called ({@link #actor}) and the customer it
     * is for ({@link #identify}).
     */
    public record Trace(
            RequestId requestId,
            Optional<CustomerId> customerId,
            Optional<String> actor,
            Optional<String> clientAddress) {

        public Trace {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }

        public Trace(RequestId requestId, Optional<CustomerId> customerId) {
            this(requestId, customerId, Optional.empty(), Optional.empty());
        }

        public static Trace of(RequestId requestId) {
            return new Trace(requestId, Optional.empty());
        }

        /** A request from this client address. */
        public static Trace of(RequestId requestId, String clientAddress) {
            return new Trace(requestId, Optional.empty(), Optional.empty(), Optional.ofNullable(clientAddress));
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
            CURRENT.set(new Trace(trace.requestId(), Optional.of(customer), trace.actor(), trace.clientAddress()));
        }
    }

    /** Who the current request turned out to come from ({@code customer 42}, {@code admin 1}, …). */
    public static void actor(String identity) {
        Trace trace = CURRENT.get();
        if (trace != null) {
            CURRENT.set(new Trace(trace.requestId(), trace.customerId(), Optional.of(identity), trace.clientAddress()));
        }
    }
}
