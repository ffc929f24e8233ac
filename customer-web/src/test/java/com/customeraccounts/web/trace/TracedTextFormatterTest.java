package com.customeraccounts.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Scope;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import java.util.ListResourceBundle;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class TracedTextFormatterTest {

    /** Stands for Payara's formatter: the logger, the thread and the message as it resolves it. */
    private static final Formatter SERVER = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return "[" + record.getLoggerName() + "] [tid " + record.getLongThreadID() + "] " + formatMessage(record)
                    + (record.getThrown() == null
                            ? ""
                            : " thrown " + record.getThrown().getMessage()) + "\n";
        }
    };

    private final RecordTraces traces = new RecordTraces();
    private final Filter capture = traces.capturingAfter(null);
    private final TracedTextFormatter formatter = new TracedTextFormatter(SERVER, traces);

    @Test
    void putsTheRequestIdAndCustomerBeforeTheResolvedMessage() {
        LogRecord record = new LogRecord(Level.SEVERE, "EJB{0}: failure");
        record.setLoggerName("jakarta.enterprise.ejb");
        record.setLongThreadID(71);
        record.setParameters(new Object[] {"5184"});
        record.setThrown(new IllegalStateException("broken"));
        try (Scope scope = RequestContext.open(new Trace(new RequestId("abc"), Optional.of(new CustomerId(9))))) {
            capture.isLoggable(record);
        }

        assertThat(formatter.format(record))
                .isEqualTo("[jakarta.enterprise.ejb] [tid 71] [req=abc customer=9] EJB5184: failure thrown broken\n");
    }

    @Test
    void resolvesABundleKeyBeforePrefixingIt() {
        LogRecord record = new LogRecord(Level.INFO, "NCLS-1");
        record.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"NCLS-1", "Network listener started"}};
            }
        });
        try (Scope scope = RequestContext.open(Trace.of(new RequestId("abc")))) {
            capture.isLoggable(record);
        }

        assertThat(formatter.format(record)).endsWith("] [req=abc] Network listener started\n");
    }

    @Test
    void keepsTheSourceOfTheLineForAServerFormatThatPrintsIt() {
        Formatter withSource = new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getSourceClassName() + "." + record.getSourceMethodName() + ": " + formatMessage(record);
            }
        };
        LogRecord record = new LogRecord(Level.FINE, "Claimed 3 rows");
        record.setSourceClassName("com.customeraccounts.notification.OutboxWorker");
        record.setSourceMethodName("claimNext");
        try (Scope scope = RequestContext.open(Trace.of(new RequestId("abc")))) {
            capture.isLoggable(record);
        }

        assertThat(new TracedTextFormatter(withSource, traces).format(record))
                .isEqualTo("com.customeraccounts.notification.OutboxWorker.claimNext: [req=abc] Claimed 3 rows");
    }

    @Test
    void leavesALineOutsideAnyRequestAsTheServerWritesIt() {
        LogRecord record = new LogRecord(Level.INFO, "Delivering account emails");
        record.setLoggerName("x");
        capture.isLoggable(record);

        assertThat(formatter.format(record)).isEqualTo(SERVER.format(record));
    }
}
