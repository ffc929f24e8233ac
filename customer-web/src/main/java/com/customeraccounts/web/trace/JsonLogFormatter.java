package com.customeraccounts.web.trace;

import static com.customeraccounts.web.wire.Jsons.JSON;

import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code log.format=json}: one JSON object a line, for a log shipper to read without parsing text:
 * {@code time} (ISO-8601, UTC), {@code level}, {@code logger}, {@code thread} (the logging thread's id),
 * {@code message} (resolved), {@code request_id} and {@code customer_id} when the line was caused by a request
 * (the customer once known), and {@code stack_trace} when a failure was logged with it. Control characters
 * and line breaks inside values are escaped, so a record is always exactly one line.
 */
final class JsonLogFormatter extends Formatter {

    private final RecordTraces traces;

    JsonLogFormatter(RecordTraces traces) {
        this.traces = traces;
    }

    @Override
    public String format(LogRecord record) {
        JsonObjectBuilder line = JSON.createObjectBuilder()
                .add("time", record.getInstant().toString())
                .add("level", record.getLevel().getName())
                .add("logger", String.valueOf(record.getLoggerName()))
                .add("thread", record.getLongThreadID())
                .add("message", String.valueOf(formatMessage(record)));
        traces.of(record).ifPresent(trace -> {
            line.add("request_id", trace.requestId().value());
            trace.customerId().ifPresent(id -> line.add("customer_id", id.value()));
        });
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.add("stack_trace", trace.toString());
        }
        return line.build().toString() + System.lineSeparator();
    }
}
