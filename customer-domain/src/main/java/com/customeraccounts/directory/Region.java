package com.customeraccounts.directory;

import java.util.Objects;

/** A region (state, province) with Magento's id, e.g. 43 = US/NY "New York". */
public record Region(int id, String countryId, String code, String name) {

    public Region {
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
