package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.attribute.AttributeInput;
import java.util.List;

/** A valid New York address unless told otherwise. */
final class AddressBuilder {
    private String telephone = "555-0100";
    private Boolean defaultBilling;
    private Boolean defaultShipping;
    private List<AttributeInput> customAttributes;

    AddressBuilder telephone(String value) {
        telephone = value;
        return this;
    }

    AddressBuilder defaultBilling(Boolean value) {
        defaultBilling = value;
        return this;
    }

    AddressBuilder defaultShipping(Boolean value) {
        defaultShipping = value;
        return this;
    }

    AddressBuilder customAttributes(AttributeInput... values) {
        customAttributes = List.of(values);
        return this;
    }

    AddressDraft build() {
        return new AddressDraft(
                null,
                null,
                43,
                "US",
                List.of("1 Main Street"),
                null,
                telephone,
                null,
                "10001",
                "New York",
                "Jane",
                "Doe",
                null,
                null,
                null,
                null,
                defaultShipping,
                defaultBilling,
                customAttributes);
    }
}
