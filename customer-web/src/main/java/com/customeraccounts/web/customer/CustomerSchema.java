package com.customeraccounts.web.customer;

import static com.customeraccounts.web.json.Field.Kind.BOOL;
import static com.customeraccounts.web.json.Field.Kind.CUSTOM_ATTRIBUTES;
import static com.customeraccounts.web.json.Field.Kind.INT;
import static com.customeraccounts.web.json.Field.Kind.STRING;
import static com.customeraccounts.web.json.Field.Kind.STRING_LIST;
import static com.customeraccounts.web.json.Field.of;

import com.customeraccounts.web.json.Field;
import java.util.Map;

/** The properties of Magento's {@code CustomerInterface} and {@code AddressInterface}, as accepted on input. */
final class CustomerSchema {

    static final Field REGION = Field.object(
            "region",
            of("region_code", STRING),
            of("region", STRING),
            of("region_id", INT),
            Field.object("extension_attributes"));

    static final Field ADDRESSES = Field.objectList(
            "addresses",
            "\\Magento\\Customer\\Api\\Data\\AddressInterface",
            of("id", INT),
            of("customer_id", INT),
            REGION,
            of("region_id", INT),
            of("country_id", STRING),
            of("street", STRING_LIST),
            of("company", STRING),
            of("telephone", STRING),
            of("fax", STRING),
            of("postcode", STRING),
            of("city", STRING),
            of("firstname", STRING),
            of("lastname", STRING),
            of("middlename", STRING),
            of("prefix", STRING),
            of("suffix", STRING),
            of("vat_id", STRING),
            of("default_shipping", BOOL),
            of("default_billing", BOOL),
            Field.object("extension_attributes"),
            of("custom_attributes", CUSTOM_ATTRIBUTES));

    static final Map<String, Field> CUSTOMER = Field.schema(
            of("id", INT),
            of("group_id", INT),
            of("default_billing", STRING),
            of("default_shipping", STRING),
            of("confirmation", STRING),
            of("created_at", STRING),
            of("updated_at", STRING),
            of("created_in", STRING),
            of("dob", STRING),
            of("email", STRING),
            of("firstname", STRING),
            of("lastname", STRING),
            of("middlename", STRING),
            of("prefix", STRING),
            of("suffix", STRING),
            of("gender", INT),
            of("store_id", INT),
            of("taxvat", STRING),
            of("website_id", INT),
            ADDRESSES,
            of("disable_auto_group_change", INT),
            Field.object("extension_attributes", of("is_subscribed", BOOL), of("assistance_allowed", INT)),
            of("custom_attributes", CUSTOM_ATTRIBUTES));

    private CustomerSchema() {}
}
