package com.customeraccounts.web.error;

import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A genuine internal failure: the client gets Magento's message with a report id, the log gets the same id
 * with the failure. Nothing of the failure itself reaches the client.
 */
public final class InternalErrors {

    private static final Logger LOG = Logger.getLogger(InternalErrors.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private InternalErrors() {}

    public static Response report(Throwable failure) {
        String reportId = newReportId();
        LOG.log(
                Level.SEVERE,
                "Report ID: " + reportId + "; Message: " + failure.getClass().getName(),
                failure);
        return ErrorBody.response(500, message(reportId));
    }

    public static String message(String reportId) {
        return "Internal Error. Details are available in Magento log file. Report ID: " + reportId;
    }

    public static String newReportId() {
        byte[] bytes = new byte[7];
        RANDOM.nextBytes(bytes);
        return "webapi-" + HexFormat.of().formatHex(bytes).substring(0, 13);
    }
}
