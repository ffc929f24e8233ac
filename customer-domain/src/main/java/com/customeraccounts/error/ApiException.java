package com.customeraccounts.error;

import java.util.List;

/**
 * Root of the failures reported to API callers. Unchecked, so that a use case's transaction rolls back
 * when one escapes it.
 */
public abstract sealed class ApiException extends RuntimeException
        permits InputException,
                NoSuchEntityException,
                AuthorizationException,
                AuthenticationException,
                ConflictException {

    private final transient Phrase phrase;

    protected ApiException(Phrase phrase) {
        super(phrase.template(), null, false, false);
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }

    /** The individual problems of an aggregate failure; empty for a single one. */
    public List<Phrase> errors() {
        return List.of();
    }
}
