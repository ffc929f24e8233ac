package com.customeraccounts.persistence.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One row of {@code customer_address_attribute_value}: a declared address attribute's value. */
@Embeddable
class AddressAttributeValue {

    @Column(name = "attribute_code")
    String code;

    @Column(name = "attribute_value")
    String value;

    protected AddressAttributeValue() {}

    AddressAttributeValue(String code, String value) {
        this.code = code;
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressAttributeValue that && code.equals(that.code) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, value);
    }
}
