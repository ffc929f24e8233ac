package com.customeraccounts.web.trace;

import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Trace;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * The trace of the thread that logged each record, taken when the record is published: a handler may format
 * it later, on a thread of its own. Keyed by the record itself (a {@code LogRecord} is equal only to itself)
 * and weakly, so that a record nobody holds any more takes its trace with it.
 */
final class RecordTraces {

    private final Map<LogRecord, Trace> traces = Collections.synchronizedMap(new WeakHashMap<>());

    Optional<Trace> of(LogRecord record) {
        return Optional.ofNullable(traces.get(record));
    }

    /**
     * A handler filter that takes the logging thread's trace for each record it lets through, after the
     * handler's own filter ({@code previous}, if any) has let it.
     */
    Filter capturingAfter(Filter previous) {
        return record -> {
            if (previous != null && !previous.isLoggable(record)) {
                return false;
            }
            RequestContext.current().ifPresent(trace -> traces.putIfAbsent(record, trace));
            return true;
        };
    }
}
