package com.customeraccounts.access;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import java.util.ArrayList;
import java.util.List;

/** What every token request checks first ({@code CredentialsValidator}): both fields are required. */
final class Credentials {

    private Credentials() {}

    /** @throws InputException naming {@code username} and/or {@code password}, as Magento's aggregate */
    static void requireBoth(String username, String password) {
        List<Phrase> missing = new ArrayList<>();
        if (username == null || username.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "username")));
        }
        if (password == null || password.isEmpty()) {
            missing.add(Phrase.of(InputException.REQUIRED_FIELD, Parameters.named("fieldName", "password")));
        }
        if (!missing.isEmpty()) {
            throw InputException.aggregate(missing);
        }
    }
}
