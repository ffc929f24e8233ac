package com.customeraccounts.directory;

import java.util.Objects;

/** A country as Magento's {@code directory_country} holds it. */
public record Country(String id, String iso2Code, String iso3Code) {

    public Country {
        Objects.requireNonNull(id, "id");
    }
}
