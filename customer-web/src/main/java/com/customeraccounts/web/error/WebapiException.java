package com.customeraccounts.web.error;

/**
 * A request-level failure with an already rendered message and its own status, like Magento's
 * {@code Webapi\Exception}: routing, decoding, media type, type conversion.
 */
public class WebapiException extends RuntimeException {

    private final int status;

    public WebapiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static WebapiException badRequest(String message) {
        return new WebapiException(400, message);
    }

    public int status() {
        return status;
    }
}
