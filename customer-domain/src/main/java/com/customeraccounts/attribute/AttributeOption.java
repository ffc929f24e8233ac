package com.customeraccounts.attribute;

import java.util.Objects;

/** One option of a select or multiselect: its label and the value that is stored and sent. */
public record AttributeOption(String label, String value) {

    /** The blank first option Magento lists for an optional choice. */
    public static final AttributeOption BLANK = new AttributeOption(" ", "");

    public AttributeOption {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
