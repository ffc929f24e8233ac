package com.customeraccounts.error;

/** The caller may not do this (HTTP 401, as Magento answers it). */
public final class AuthorizationException extends ApiException {

    public static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";

    public AuthorizationException(Phrase phrase) {
        super(phrase);
    }

    public static AuthorizationException missing(String resources) {
        return new AuthorizationException(Phrase.of(NOT_AUTHORIZED, Parameters.named("resources", resources)));
    }
}
