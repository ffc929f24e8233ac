package com.customeraccounts.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Scope;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    private final RecordTraces traces = new RecordTraces();
    private final Filter capture = traces.capturingAfter(null);
    private final JsonLogFormatter formatter = new JsonLogFormatter(traces);

    @Test
    void writesALineOfARequestWithItsIdAndCustomer() {
        LogRecord record = record(Level.WARNING, "Could not deliver email {0}", 12);
        try (Scope scope = RequestContext.open(new Trace(new RequestId("req-1"), Optional.of(new CustomerId(42))))) {
            assertThat(capture.isLoggable(record)).isTrue();
        }

        JsonObject line = oneLine(formatter.format(record));

        assertThat(line.getString("time")).isEqualTo("2026-12-01T10:15:30.123Z");
        assertThat(line.getString("level")).isEqualTo("WARNING");
        assertThat(line.getString("logger")).isEqualTo("com.customeraccounts.notification.OutboxWorker");
        assertThat(line.getString("message")).isEqualTo("Could not deliver email 12");
        assertThat(line.getString("request_id")).isEqualTo("req-1");
        assertThat(line.getJsonNumber("customer_id").longValue()).isEqualTo(42);
        assertThat(line.containsKey("stack_trace")).isFalse();
    }

    @Test
    void writesALineOutsideAnyRequestWithoutRequestFields() {
        LogRecord record = record(Level.INFO, "Delivering account emails");
        capture.isLoggable(record);

        JsonObject line = oneLine(formatter.format(record));

        assertThat(line.getString("message")).isEqualTo("Delivering account emails");
        assertThat(line.containsKey("request_id")).isFalse();
        assertThat(line.containsKey("customer_id")).isFalse();
    }

    @Test
    void keepsTheTraceOfTheThreadThatLoggedWhenFormattedOnAnother() throws InterruptedException {
        LogRecord record = record(Level.INFO, "sent");
        try (Scope scope = RequestContext.open(Trace.of(new RequestId("logged-here")))) {
            capture.isLoggable(record);
        }
        String[] formatted = new String[1];
        try (Scope scope = RequestContext.open(Trace.of(new RequestId("formatted-there")))) {
            Thread handlerThread = new Thread(() -> formatted[0] = formatter.format(record));
            handlerThread.start();
            handlerThread.join();
        }

        assertThat(oneLine(formatted[0]).getString("request_id")).isEqualTo("logged-here");
    }

    @Test
    void putsTheStackTraceInAFieldAndLineBreaksInsideValues() {
        LogRecord record = record(Level.SEVERE, "Report ID: webapi-x\nsecond line");
        record.setThrown(new IllegalStateException("broken"));

        String formatted = formatter.format(record);
        JsonObject line = oneLine(formatted);

        assertThat(line.getString("message")).isEqualTo("Report ID: webapi-x\nsecond line");
        assertThat(line.getString("stack_trace"))
                .startsWith("java.lang.IllegalStateException: broken")
                .contains("at com.customeraccounts.web.trace.JsonLogFormatterTest");
    }

    @Test
    void leavesARecordAHandlersOwnFilterRefusesUntraced() {
        RecordTraces own = new RecordTraces();
        Filter refusing = own.capturingAfter(record -> false);
        LogRecord record = record(Level.INFO, "refused");
        try (Scope scope = RequestContext.open(Trace.of(new RequestId("req-2")))) {
            assertThat(refusing.isLoggable(record)).isFalse();
        }

        assertThat(own.of(record)).isEmpty();
    }

    /** Exactly one line, ending the output, that is a JSON object. */
    private static JsonObject oneLine(String formatted) {
        assertThat(formatted).endsWith(System.lineSeparator());
        String line = formatted.substring(
                0, formatted.length() - System.lineSeparator().length());
        assertThat(line).doesNotContain("\n", "\r");
        return Json.createReader(new StringReader(line)).readObject();
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("com.customeraccounts.notification.OutboxWorker");
        record.setInstant(Instant.parse("2026-12-01T10:15:30.123Z"));
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }
}
