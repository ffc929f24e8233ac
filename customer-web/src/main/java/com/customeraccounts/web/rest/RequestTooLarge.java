package com.customeraccounts.web.rest;

import com.customeraccounts.web.error.WebapiException;
import java.io.InputStream;

/** The answer to a request body over the limit: 413, in Magento's error shape. */
public final class RequestTooLarge {

    static final String MESSAGE = "The request body is larger than the 1048576 bytes this service accepts.";
    static final String ROUTE_MESSAGE = "The request body is larger than the %1 bytes this route accepts.";

    private RequestTooLarge() {}

    /**
     * The refusal of a body read up to the limit; {@code rest} is what is left of it, read first, or a client over
     * HTTP/2 would wait to send it instead of reading the answer ({@link UnreadBodyFilter}).
     */
    static WebapiException exception(InputStream rest) {
        UnreadBodyFilter.drain(rest);
        return new WebapiException(413, MESSAGE);
    }

    /** For a route with a limit of its own. */
    public static WebapiException exception(long limit, InputStream rest) {
        UnreadBodyFilter.drain(rest);
        return new WebapiException(413, ROUTE_MESSAGE.replace("%1", Long.toString(limit)));
    }
}
