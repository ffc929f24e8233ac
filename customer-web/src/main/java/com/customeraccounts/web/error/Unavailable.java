package com.customeraccounts.web.error;

/** Magento's answer, with a 503, while it cannot serve (its maintenance page): the client is to try again later. */
public final class Unavailable {

    public static final String MESSAGE = "The server is temporarily unable to service your request due to "
            + "maintenance downtime or capacity problems. Please try again later.";

    private Unavailable() {}
}
