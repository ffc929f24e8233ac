package com.customeraccounts.web.error;

import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A genuine internal failure: the client gets Magento's message with a report id, the log gets the same id
 * with the failure. The report id is {@code webapi-<request id>}, so that the client's error, its
 * {@code X-Request-Id} and the log lines of its request are found by one search. Nothing of the failure itself
 * reaches the client.
 */
public final class InternalErrors {

    private static final Logger LOG = Logger.getLogger(InternalErrors.class.getName());

    private InternalErrors() {}

    public static Response report(Throwable failure) {
        return ErrorBody.response(500, logged(failure));
    }

    /** Logs the failure (if one is known) under the request's report id; Magento's message naming that id. */
    static String logged(Throwable failure) {
        return message(log(failure));
    }

    /** Logs the failure (if one is known) under the request's report id, and returns that id. */
    static String log(Throwable failure) {
        String reportId = "webapi-"
                + RequestContext.requestId().orElseGet(RequestId::generate).value();
        LOG.log(
                Level.SEVERE,
                "Report ID: " + reportId + "; Message: "
                        + (failure == null ? "none" : failure.getClass().getName()),
                failure);
        return reportId;
    }

    public static String message(String reportId) {
        return "Internal Error. Details are available in Magento log file. Report ID: " + reportId;
    }
}
