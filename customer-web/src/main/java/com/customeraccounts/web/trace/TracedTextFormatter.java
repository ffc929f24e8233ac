package com.customeraccounts.web.trace;

import com.customeraccounts.trace.RequestContext.Trace;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The server's own text format, with {@code [req=<id>]} (and {@code customer=<id>} once known) before the message
 * of each line a request caused. The message is resolved (bundle and parameters) first, so that the prefix
 * goes in front of the text a reader sees rather than of a bundle key.
 */
final class TracedTextFormatter extends Formatter {

    private final Formatter server;
    private final RecordTraces traces;

    TracedTextFormatter(Formatter server, RecordTraces traces) {
        this.server = server;
        this.traces = traces;
    }

    @Override
    public String format(LogRecord record) {
        return traces.of(record)
                .map(trace -> server.format(prefixed(record, trace)))
                .orElseGet(() -> server.format(record));
    }

    @Override
    public String getHead(Handler handler) {
        return server.getHead(handler);
    }

    @Override
    public String getTail(Handler handler) {
        return server.getTail(handler);
    }

    static String prefix(Trace trace) {
        return "[req=" + trace.requestId().value()
                + trace.customerId().map(id -> " customer=" + id.value()).orElse("") + "] ";
    }

    private LogRecord prefixed(LogRecord record, Trace trace) {
        LogRecord copy = new Prefixed(record, prefix(trace) + formatMessage(record));
        copy.setLoggerName(record.getLoggerName());
        copy.setInstant(record.getInstant());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setLongThreadID(record.getLongThreadID());
        copy.setThrown(record.getThrown());
        return copy;
    }

    /**
     * A record with the prefixed message, whose source is the original's. Asked only if the server's format
     * prints it: a line logged without one has it inferred by walking the stack, which was half of this
     * formatter's time for every line.
     */
    private static final class Prefixed extends LogRecord {

        private final transient LogRecord original;

        Prefixed(LogRecord original, String message) {
            super(original.getLevel(), message);
            this.original = original;
        }

        @Override
        public String getSourceClassName() {
            return original.getSourceClassName();
        }

        @Override
        public String getSourceMethodName() {
            return original.getSourceMethodName();
        }
    }
}
