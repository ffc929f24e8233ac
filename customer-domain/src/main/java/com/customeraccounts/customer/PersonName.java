package com.customeraccounts.customer;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parts of a person's name as Magento keeps them; first and last name are required. */
public record PersonName(String prefix, String firstname, String middlename, String lastname, String suffix) {

    public PersonName {
        Objects.requireNonNull(firstname, "firstname");
        Objects.requireNonNull(lastname, "lastname");
    }

    /** The display name Magento's {@code Helper/View::getCustomerName} builds for emails. */
    public String displayName() {
        return Stream.of(prefix, firstname, middlename, lastname, suffix)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
