package com.customeraccounts.error;

/** Credentials were wrong or the account may not sign in (HTTP 401). */
public final class AuthenticationException extends ApiException {

    public static final String SIGN_IN_INCORRECT = "The account sign-in was incorrect or your account is disabled "
            + "temporarily. Please wait and try again later.";

    public AuthenticationException(Phrase phrase) {
        super(phrase);
    }

    public static AuthenticationException signInIncorrect() {
        return new AuthenticationException(Phrase.of(SIGN_IN_INCORRECT));
    }
}
