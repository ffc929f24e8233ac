package com.customeraccounts.customer;

import com.customeraccounts.customer.SearchRules.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The customer's searchable and sortable fields ({@code GET /V1/customers/search}), by Magento's attribute code. */
public enum CustomerSearchField implements SearchRules.SearchField {
    ENTITY_ID("entity_id", Kind.NUMBER),
    ID("id", Kind.NUMBER),
    EMAIL("email", Kind.TEXT),
    PREFIX("prefix", Kind.TEXT),
    FIRSTNAME("firstname", Kind.TEXT),
    MIDDLENAME("middlename", Kind.TEXT),
    LASTNAME("lastname", Kind.TEXT),
    SUFFIX("suffix", Kind.TEXT),
    GROUP_ID("group_id", Kind.NUMBER),
    WEBSITE_ID("website_id", Kind.NUMBER),
    STORE_ID("store_id", Kind.NUMBER),
    CREATED_AT("created_at", Kind.DATETIME),
    UPDATED_AT("updated_at", Kind.DATETIME),
    CREATED_IN("created_in", Kind.TEXT),
    DOB("dob", Kind.DATE),
    GENDER("gender", Kind.NUMBER),
    TAXVAT("taxvat", Kind.TEXT),
    DEFAULT_BILLING("default_billing", Kind.NUMBER),
    DEFAULT_SHIPPING("default_shipping", Kind.NUMBER),
    DISABLE_AUTO_GROUP_CHANGE("disable_auto_group_change", Kind.NUMBER);

    public static final SearchRules<CustomerSearchField> RULES = new SearchRules<>(List.of(values()));

    /** The rules for the customer's own fields and these declared attributes. */
    public static SearchRules<SearchRules.SearchField> rulesWith(List<CustomAttributeField> declared) {
        List<SearchRules.SearchField> fields = new ArrayList<>(List.of(values()));
        fields.addAll(declared);
        return new SearchRules<>(fields);
    }

    private final SearchRules.Definition definition;

    CustomerSearchField(String code, Kind kind) {
        this.definition = new SearchRules.Definition(code, kind, List.of());
    }

    @Override
    public SearchRules.Definition definition() {
        return definition;
    }

    public static Optional<CustomerSearchField> of(String code) {
        return RULES.field(code);
    }
}
