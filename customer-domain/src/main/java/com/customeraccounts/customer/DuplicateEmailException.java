package com.customeraccounts.customer;

/** Raised by the repository when the database's uniqueness rule refuses a second account for an email. */
public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException(Throwable cause) {
        super("A customer with the same email address already exists in the sharing scope", cause);
    }
}
