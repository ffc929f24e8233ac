package com.customeraccounts.web.rest;

import com.customeraccounts.web.error.WebapiException;
import java.io.IOException;
import java.io.InputStream;

/** The answer to a request body over the limit: 413, in Magento's error shape. */
public final class RequestTooLarge {

    static final String MESSAGE = "The request body is larger than the 1048576 bytes this service accepts.";
    static final String ROUTE_MESSAGE = "The request body is larger than the %1 bytes this route accepts.";
    private static final long MAX_DRAINED = 16 * 1024 * 1024;

    private RequestTooLarge() {}

    /** The refusal of a body read up to the limit; {@code rest} is what is left of it, read to its end first. */
    static WebapiException exception(InputStream rest) {
        drain(rest);
        return new WebapiException(413, MESSAGE);
    }

    /** For a route with a limit of its own. */
    public static WebapiException exception(long limit, InputStream rest) {
        drain(rest);
        return new WebapiException(413, ROUTE_MESSAGE.replace("%1", Long.toString(limit)));
    }

    /**
     * Reads what is left of a refused body, up to 16 MiB, and drops it, as the server itself does over HTTP/1.1.
     * Over HTTP/2, which the JDK's HTTP client upgrades to by default, it does not: the unread rest fills the
     * stream's flow-control window, and the client waits to send it instead of reading the 413, until its
     * timeout. Linear in what the client sends; bounded, as a body far over the limit is no client's mistake.
     */
    private static void drain(InputStream rest) {
        byte[] buffer = new byte[8192];
        long drained = 0;
        try {
            for (int n = rest.read(buffer); n >= 0 && drained < MAX_DRAINED; n = rest.read(buffer)) {
                drained += n;
            }
        } catch (IOException gone) {
            // the client stopped sending: the 413 is all there is left to say
        }
    }
}
