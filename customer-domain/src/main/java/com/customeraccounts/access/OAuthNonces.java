package com.customeraccounts.access;

import java.time.Instant;

/** The nonces integrations have already used, so that a captured signed request cannot be replayed. */
public interface OAuthNonces {

    /**
     * Records that this consumer used this nonce on a request stamped {@code timestamp}.
     *
     * @return false when the consumer had already used it
     */
    boolean use(String consumerKey, String nonce, Instant timestamp);
}
