package com.customeraccounts.customer;

import com.customeraccounts.customer.SearchRules.Kind;
import java.util.List;

/**
 * A declared customer attribute as a search field: filtered and sorted on its value, a date as a date, anything
 * else as text.
 */
public record CustomAttributeField(String attributeCode, Kind valueKind) implements SearchRules.SearchField {

    @Override
    public SearchRules.Definition definition() {
        return new SearchRules.Definition(attributeCode, valueKind, List.of());
    }
}
