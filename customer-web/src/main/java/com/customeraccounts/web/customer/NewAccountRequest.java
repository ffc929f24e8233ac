package com.customeraccounts.web.customer;

import com.customeraccounts.account.NewAccount;
import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.account.NewAccount.RegionDraft;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import com.customeraccounts.web.json.BoundObject;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import jakarta.json.JsonObject;

/**
 * The body of {@code POST /V1/customers}: {@code customer} (required), {@code password} and
 * {@code redirectUrl} (or {@code redirect_url}); other top-level keys are ignored, as in Magento.
 */
final class NewAccountRequest {

    private NewAccountRequest() {}

    static NewAccount from(JsonObject body, InputLimits limits) {
        CustomerDraft draft = customer(body, limits);
        String password = Parameter.string(body, "password");
        String redirectUrl = Parameter.string(body, "redirectUrl");
        return new NewAccount(draft, password, redirectUrl);
    }

    /** The {@code customer} parameter, a {@code customer-data-customer-interface} object bound by Magento's rules. */
    static CustomerDraft customer(JsonObject body, InputLimits limits) {
        return customer(Parameter.object(body, "customer", CustomerSchema.CUSTOMER, limits));
    }

    private static CustomerDraft customer(BoundObject c) {
        return new CustomerDraft(
                c.number("id"),
                c.integer("group_id"),
                c.string("confirmation"),
                c.string("created_at"),
                c.string("dob"),
                c.string("email"),
                c.string("firstname"),
                c.string("lastname"),
                c.string("middlename"),
                c.string("prefix"),
                c.string("suffix"),
                c.integer("gender"),
                StoreId.ofNullable(c.integer("store_id")),
                c.string("taxvat"),
                WebsiteId.ofNullable(c.integer("website_id")),
                c.objects("addresses")
                        .map(list ->
                                list.stream().map(NewAccountRequest::address).toList())
                        .orElse(null),
                c.integer("disable_auto_group_change"),
                c.object("extension_attributes")
                        .map(e -> e.bool("is_subscribed"))
                        .orElse(null),
                c.customAttributes("custom_attributes"));
    }

    private static AddressDraft address(BoundObject a) {
        RegionDraft region = a.object("region")
                .map(r -> new RegionDraft(r.string("region_code"), r.string("region"), r.integer("region_id")))
                .orElse(null);
        return new AddressDraft(
                a.number("id"),
                region,
                a.integer("region_id"),
                a.string("country_id"),
                a.strings("street"),
                a.string("company"),
                a.string("telephone"),
                a.string("fax"),
                a.string("postcode"),
                a.string("city"),
                a.string("firstname"),
                a.string("lastname"),
                a.string("middlename"),
                a.string("prefix"),
                a.string("suffix"),
                a.string("vat_id"),
                a.bool("default_shipping"),
                a.bool("default_billing"),
                a.customAttributes("custom_attributes"));
    }
}
