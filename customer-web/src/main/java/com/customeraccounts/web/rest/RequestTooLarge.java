package com.customeraccounts.web.rest;

import com.customeraccounts.web.error.WebapiException;

/** The answer to a request body over the limit: 413, in Magento's error shape. */
public final class RequestTooLarge {

    static final String MESSAGE = "The request body is larger than the 1048576 bytes this service accepts.";
    static final String ROUTE_MESSAGE = "The request body is larger than the %1 bytes this route accepts.";

    private RequestTooLarge() {}

    static WebapiException exception() {
        return new WebapiException(413, MESSAGE);
    }

    /** For a route with a limit of its own. */
    public static WebapiException exception(long limit) {
        return new WebapiException(413, ROUTE_MESSAGE.replace("%1", Long.toString(limit)));
    }
}
