package com.customeraccounts.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext.Scope;
import com.customeraccounts.trace.RequestContext.Trace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestContextTest {

    private static final RequestId OUTER = new RequestId("outer");
    private static final RequestId INNER = new RequestId("inner");

    @Test
    void tracesTheThreadUntilTheScopeClosesAndThenNothing() {
        try (Scope scope = RequestContext.open(Trace.of(OUTER))) {
            assertThat(RequestContext.requestId()).contains(OUTER);
        }
        assertThat(RequestContext.current()).isEmpty();
    }

    @Test
    void putsBackTheOuterTraceWhenAnInnerOneCloses() {
        try (Scope outer = RequestContext.open(Trace.of(OUTER))) {
            try (Scope inner = RequestContext.open(Trace.of(INNER))) {
                assertThat(RequestContext.requestId()).contains(INNER);
            }
            assertThat(RequestContext.requestId()).contains(OUTER);
        }
    }

    @Test
    void addsTheCustomerOnceKnown() {
        try (Scope scope = RequestContext.open(Trace.of(OUTER))) {
            RequestContext.identify(new CustomerId(7));

            assertThat(RequestContext.current()).contains(new Trace(OUTER, Optional.of(new CustomerId(7))));
        }
    }

    @Test
    void identifiesNoCustomerOutsideAnyTrace() {
        RequestContext.identify(new CustomerId(7));

        assertThat(RequestContext.current()).isEmpty();
    }

    @Test
    void keepsOneThreadsTraceFromAnother() throws InterruptedException {
        try (Scope scope = RequestContext.open(Trace.of(OUTER))) {
            Optional<?>[] seen = new Optional<?>[1];
            Thread other = new Thread(() -> seen[0] = RequestContext.current());
            other.start();
            other.join();

            assertThat(seen[0]).isEmpty();
        }
    }
}
