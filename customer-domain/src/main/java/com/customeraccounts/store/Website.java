package com.customeraccounts.store;

import java.util.Objects;

/** A Magento website (id 0 is the admin website). */
public record Website(WebsiteId id, String code, String name, int defaultGroupId) {

    public Website {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
