package com.customeraccounts.customer;

import com.customeraccounts.customer.SearchRules.Kind;
import java.util.List;

/**
 * A customer group's searchable and sortable fields ({@code GET /V1/customerGroups/search}): Magento's
 * {@code GroupFilterProcessor} maps {@code id} and {@code code} to the columns {@code customer_group_id} and
 * {@code customer_group_code}, which a search may also name.
 */
public enum GroupSearchField implements SearchRules.SearchField {
    ID("id", Kind.NUMBER, "customer_group_id"),
    CODE("code", Kind.TEXT, "customer_group_code"),
    TAX_CLASS_ID("tax_class_id", Kind.NUMBER);

    public static final SearchRules<GroupSearchField> RULES = new SearchRules<>(List.of(values()));

    private final SearchRules.Definition definition;

    GroupSearchField(String code, Kind kind, String... synonyms) {
        this.definition = new SearchRules.Definition(code, kind, List.of(synonyms));
    }

    @Override
    public SearchRules.Definition definition() {
        return definition;
    }
}
