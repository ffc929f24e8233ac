package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.store.WebsiteId;
import java.util.List;

/** Builds the {@code customer} object of a request; only what the tests vary is settable. */
final class DraftBuilder {
    private final String email;
    private Integer groupId;
    private Integer websiteId;
    private Boolean isSubscribed;
    private List<AddressDraft> addresses = List.of();
    private List<AttributeInput> customAttributes;

    DraftBuilder(String email) {
        this.email = email;
    }

    DraftBuilder groupId(Integer value) {
        groupId = value;
        return this;
    }

    DraftBuilder websiteId(Integer value) {
        websiteId = value;
        return this;
    }

    DraftBuilder isSubscribed(Boolean value) {
        isSubscribed = value;
        return this;
    }

    DraftBuilder addresses(AddressDraft... values) {
        addresses = List.of(values);
        return this;
    }

    DraftBuilder customAttributes(AttributeInput... values) {
        customAttributes = List.of(values);
        return this;
    }

    CustomerDraft build() {
        return new CustomerDraft(
                null,
                groupId,
                null,
                null,
                null,
                email,
                "Jane",
                "Doe",
                null,
                null,
                null,
                null,
                null,
                null,
                WebsiteId.ofNullable(websiteId),
                addresses,
                null,
                isSubscribed,
                customAttributes);
    }
}
