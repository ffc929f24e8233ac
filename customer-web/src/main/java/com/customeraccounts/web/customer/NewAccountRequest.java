package com.customeraccounts.web.customer;

import com.customeraccounts.account.NewAccount;
import com.customeraccounts.account.NewAccount.AddressDraft;
import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.account.NewAccount.RegionDraft;
import com.customeraccounts.error.InputException;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputBinder;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /V1/customers}: {@code customer} (required), {@code password} and
 * {@code redirectUrl} (or {@code redirect_url}); other top-level keys are ignored, as in Magento.
 */
final class NewAccountRequest {

    private NewAccountRequest() {
    }

    static NewAccount from(JsonObject body, InputLimits limits) {
        JsonValue customer = Parameter.value(body, "customer");
        if (customer == null) {
            throw InputException.requiredField("customer");
        }
        CustomerDraft draft = customer(customer instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, limits);
        String password = Parameter.string(body, "password");
        String redirectUrl = Parameter.string(body, "redirectUrl");
        return new NewAccount(draft, password, redirectUrl);
    }

    /** A {@code customer-data-customer-interface} object, bound by Magento's rules. */
    static CustomerDraft customer(JsonObject json, InputLimits limits) {
        return customer(InputBinder.bind(json, CustomerSchema.CUSTOMER, limits));
    }

    @SuppressWarnings("unchecked")
    private static CustomerDraft customer(Map<String, Object> c) {
        Map<String, Object> extension = (Map<String, Object>) c.getOrDefault("extension_attributes", Map.of());
        List<Map<String, Object>> addresses = (List<Map<String, Object>>) c.get("addresses");
        return new CustomerDraft(longValue(c.get("id")), intValue(c.get("group_id")), (String) c.get("confirmation"),
                (String) c.get("created_at"), (String) c.get("dob"), (String) c.get("email"),
                (String) c.get("firstname"), (String) c.get("lastname"), (String) c.get("middlename"),
                (String) c.get("prefix"), (String) c.get("suffix"), intValue(c.get("gender")),
                StoreId.ofNullable(intValue(c.get("store_id"))), (String) c.get("taxvat"),
                WebsiteId.ofNullable(intValue(c.get("website_id"))),
                addresses == null ? null : addresses.stream().map(NewAccountRequest::address).toList(),
                intValue(c.get("disable_auto_group_change")), (Boolean) extension.get("is_subscribed"));
    }

    @SuppressWarnings("unchecked")
    private static AddressDraft address(Map<String, Object> a) {
        Map<String, Object> region = (Map<String, Object>) a.get("region");
        RegionDraft regionDraft = region == null ? null : new RegionDraft((String) region.get("region_code"),
                (String) region.get("region"), intValue(region.get("region_id")));
        return new AddressDraft(longValue(a.get("id")), regionDraft, intValue(a.get("region_id")), (String) a.get("country_id"),
                (List<String>) a.get("street"), (String) a.get("company"), (String) a.get("telephone"),
                (String) a.get("fax"), (String) a.get("postcode"), (String) a.get("city"),
                (String) a.get("firstname"), (String) a.get("lastname"), (String) a.get("middlename"),
                (String) a.get("prefix"), (String) a.get("suffix"), (String) a.get("vat_id"),
                (Boolean) a.get("default_shipping"), (Boolean) a.get("default_billing"));
    }

    private static Long longValue(Object value) {
        return (Long) value;
    }

    /** Ids and codes beyond the int range exist nowhere; they are clamped so that look-ups find nothing. */
    private static Integer intValue(Object value) {
        if (value == null) {
            return null;
        }
        long v = (Long) value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }
}
