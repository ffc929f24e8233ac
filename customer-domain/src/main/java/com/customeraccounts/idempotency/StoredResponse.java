package com.customeraccounts.idempotency;

import java.util.Objects;

/** The answer a key's first request got, as it is replayed: its status and its body as sent. */
public record StoredResponse(int status, String body) {

    public StoredResponse {
        Objects.requireNonNull(body, "body");
    }
}
