package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.web.json.MagentoTimestamp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer in Magento's {@code customer-data-customer-interface} shape: keys in the interface's getter
 * order, absent values left out (but {@code email}, {@code firstname}, {@code lastname} and the region
 * always present), default address ids as strings, the default-shipping address first. The confirmation
 * key and every hash stay inside.
 */
final class CustomerJson {

    private CustomerJson() {}

    static JsonObject of(Customer customer) {
        CustomerSnapshot c = customer.snapshot();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", c.id().value())
                .add("group_id", c.groupId().value());
        customer.defaultBilling().ifPresent(id -> json.add("default_billing", id.toString()));
        customer.defaultShipping().ifPresent(id -> json.add("default_shipping", id.toString()));
        json.add("created_at", MagentoTimestamp.format(c.createdAt()))
                .add("updated_at", MagentoTimestamp.format(c.updatedAt()));
        optional(json, "created_in", c.createdIn());
        optional(json, "dob", c.dob() == null ? null : c.dob().toString());
        json.add("email", c.email().value())
                .add("firstname", c.name().firstname())
                .add("lastname", c.name().lastname());
        optional(json, "middlename", c.name().middlename());
        optional(json, "prefix", c.name().prefix());
        optional(json, "suffix", c.name().suffix());
        if (c.gender() != null) {
            json.add("gender", c.gender());
        }
        json.add("store_id", c.storeId().value());
        optional(json, "taxvat", c.taxvat());
        json.add("website_id", c.websiteId().value());
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        for (Address address : shippingFirst(customer)) {
            addresses.add(address(address, c));
        }
        json.add("addresses", addresses)
                .add("disable_auto_group_change", c.disableAutoGroupChange())
                .add("extension_attributes", JSON.createObjectBuilder().add("is_subscribed", customer.isSubscribed()));
        customAttributes(json, c.customAttributes());
        return json.build();
    }

    private static List<Address> shippingFirst(Customer customer) {
        Optional<AddressId> shipping = customer.defaultShipping();
        List<Address> ordered = new ArrayList<>();
        customer.addresses().stream()
                .filter(a -> shipping.isPresent() && a.id().equals(shipping.get()))
                .forEach(ordered::add);
        customer.addresses().stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        return ordered;
    }

    /** One address in {@code customer-data-address-interface} shape, flagged when it is a default. */
    /** A default address, or JSON null when the customer has none. */
    static JsonValue address(Optional<Address> address, Customer customer) {
        return address.<JsonValue>map(a -> address(a, customer)).orElse(JsonValue.NULL);
    }

    static JsonObject address(Address a, Customer customer) {
        return address(a, customer.snapshot());
    }

    private static JsonObject address(Address a, CustomerSnapshot c) {
        JsonObjectBuilder region = JSON.createObjectBuilder();
        nullable(region, "region_code", a.region().code());
        nullable(region, "region", a.region().name());
        region.add("region_id", a.region().regionId());
        JsonArrayBuilder street = JSON.createArrayBuilder();
        a.street().forEach(street::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", a.id().value())
                .add("customer_id", c.id().value())
                .add("region", region)
                .add("region_id", a.region().regionId())
                .add("country_id", a.countryId())
                .add("street", street);
        optional(json, "company", a.company());
        optional(json, "telephone", a.telephone());
        optional(json, "fax", a.fax());
        optional(json, "postcode", a.postcode());
        optional(json, "city", a.city());
        optional(json, "firstname", a.firstname());
        optional(json, "lastname", a.lastname());
        optional(json, "middlename", a.middlename());
        optional(json, "prefix", a.prefix());
        optional(json, "suffix", a.suffix());
        optional(json, "vat_id", a.vatId());
        if (a.id().equals(c.defaultShipping())) {
            json.add("default_shipping", true);
        }
        if (a.id().equals(c.defaultBilling())) {
            json.add("default_billing", true);
        }
        customAttributes(json, a.customAttributes());
        return json.build();
    }

    /** Magento's {@code custom_attributes}, left out when there are none. */
    private static void customAttributes(JsonObjectBuilder json, AttributeValues values) {
        if (values.isEmpty()) {
            return;
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        values.asMap()
                .forEach((code, value) -> list.add(
                        JSON.createObjectBuilder().add("attribute_code", code).add("value", value)));
        json.add("custom_attributes", list);
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
