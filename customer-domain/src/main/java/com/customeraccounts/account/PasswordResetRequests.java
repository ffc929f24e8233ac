package com.customeraccounts.account;

import java.time.Instant;
import java.util.Optional;

/** When password resets were asked for, by email (Magento_Security's request events). */
public interface PasswordResetRequests {

    Optional<Instant> last(String emailKey);

    int countSince(String emailKey, Instant since);

    void record(String emailKey, Instant at);
}
