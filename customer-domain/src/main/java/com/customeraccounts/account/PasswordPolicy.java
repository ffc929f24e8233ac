package com.customeraccounts.account;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Magento's password strength rules ({@code AccountManagement::checkPasswordStrength}), in its order. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MAX_PASSWORD_LENGTH = 256;
    static final String TOO_LONG = "Please enter a password with at most %1 characters.";
    static final String TOO_SHORT = "The password needs at least %1 characters. Create a new password and try again.";
    static final String SPACES = "The password can't begin or end with a space. Verify the password and try again.";
    static final String CLASSES = "Minimum of different classes of characters in password is %1. Classes of "
            + "characters: Lower Case, Upper Case, Digits, Special Characters.";
    static final String SAME_AS_EMAIL =
            "The password can't be the same as the email address. Create a new password " + "and try again.";
    private static final String PHP_TRIM_CHARACTERS = " \t\n\r\0\u000B";

    private StoreConfig config;

    protected PasswordPolicy() {}

    @Inject
    public PasswordPolicy(StoreConfig config) {
        this.config = config;
    }

    /** @throws InputException with the first rule the password breaks */
    public void checkStrength(String password) {
        int length = password.codePointCount(0, password.length());
        if (length > MAX_PASSWORD_LENGTH) {
            throw InputException.of(Phrase.of(TOO_LONG, Parameters.positional(MAX_PASSWORD_LENGTH)));
        }
        String minimum = config.value(ConfigPath.MINIMUM_PASSWORD_LENGTH);
        if (length < Integer.parseInt(minimum.trim())) {
            throw InputException.of(Phrase.of(TOO_SHORT, Parameters.positional(minimum)));
        }
        if (startsOrEndsWithSpace(password)) {
            throw InputException.of(SPACES);
        }
        String classes = config.value(ConfigPath.REQUIRED_CHARACTER_CLASSES);
        if (characterClasses(password) < Integer.parseInt(classes.trim())) {
            throw InputException.of(Phrase.of(CLASSES, Parameters.positional(classes)));
        }
    }

    /** @throws InputException when the password equals the email, ignoring case */
    public void checkNotSameAsEmail(String password, String email) {
        if (email != null && password.equalsIgnoreCase(email)) {
            throw InputException.of(SAME_AS_EMAIL);
        }
    }

    private static boolean startsOrEndsWithSpace(String password) {
        return !password.isEmpty()
                && (PHP_TRIM_CHARACTERS.indexOf(password.charAt(0)) >= 0
                        || PHP_TRIM_CHARACTERS.indexOf(password.charAt(password.length() - 1)) >= 0);
    }

    private static int characterClasses(String password) {
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else {
                other = true;
            }
        }
        return (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0) + (other ? 1 : 0);
    }
}
