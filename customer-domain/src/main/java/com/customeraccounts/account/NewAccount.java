package com.customeraccounts.account;

import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.util.List;
import java.util.Objects;

/**
 * A {@code createAccount} request as the caller sent it: every field may be absent (null), because
 * Magento's rules distinguish absent, empty and invalid values and report them in a fixed order.
 */
public record NewAccount(CustomerDraft customer, String password, String redirectUrl) {

    public NewAccount {
        Objects.requireNonNull(customer, "customer");
    }

    /**
     * The {@code customer} object of a request; {@code addresses} and {@code customAttributes} are null when
     * their key was not sent.
     */
    public record CustomerDraft(
            Long id,
            Integer groupId,
            String confirmation,
            String createdAt,
            String dob,
            String email,
            String firstname,
            String lastname,
            String middlename,
            String prefix,
            String suffix,
            Integer gender,
            StoreId storeId,
            String taxvat,
            WebsiteId websiteId,
            List<AddressDraft> addresses,
            Integer disableAutoGroupChange,
            Boolean isSubscribed,
            List<AttributeInput> customAttributes) {

        public CustomerDraft {
            addresses = addresses == null ? null : List.copyOf(addresses);
            customAttributes = customAttributes == null ? null : List.copyOf(customAttributes);
        }

        public List<AddressDraft> addressesOrNone() {
            return addresses == null ? List.of() : addresses;
        }
    }

    /** One entry of {@code customer.addresses}; {@code id} names an existing address on updates. */
    public record AddressDraft(
            Long id,
            RegionDraft region,
            Integer regionId,
            String countryId,
            List<String> street,
            String company,
            String telephone,
            String fax,
            String postcode,
            String city,
            String firstname,
            String lastname,
            String middlename,
            String prefix,
            String suffix,
            String vatId,
            Boolean defaultShipping,
            Boolean defaultBilling,
            List<AttributeInput> customAttributes) {

        public AddressDraft {
            customAttributes = customAttributes == null ? null : List.copyOf(customAttributes);
        }
    }

    /** An address's {@code region} object. */
    public record RegionDraft(String regionCode, String region, Integer regionId) {}

    @Override
    public String toString() {
        return "NewAccount[password=" + (password == null ? "none" : "****") + "]";
    }
}
