package com.customeraccounts.access;

/**
 * A customer asked for a token with a username and a password, and this is how it ended. It carries neither
 * the username nor the password: observers count it, nothing more.
 */
public record CustomerSignInAttempted(Outcome outcome) {

    public enum Outcome {
        /** A token was issued. */
        SUCCEEDED,
        /** Wrong password, unknown username, or an account not yet confirmed. */
        FAILED,
        /** Refused before the password was looked at: too many failed requests for this username. */
        THROTTLED,
        /** Refused because the account is locked after repeated wrong passwords. */
        LOCKED
    }
}
