package com.customeraccounts.web.rest;

import com.customeraccounts.web.error.WebapiException;

/** The answer to a request body over the limit: 413, in Magento's error shape. */
final class RequestTooLarge {

    static final String MESSAGE = "The request body is larger than the 1048576 bytes this service accepts.";

    private RequestTooLarge() {
    }

    static WebapiException exception() {
        return new WebapiException(413, MESSAGE);
    }
}
