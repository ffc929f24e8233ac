package com.customeraccounts.attribute;

import java.util.List;

/** What an attribute belongs to: the customer or its addresses, with the forms Magento puts them in. */
public enum AttributeEntity {
    CUSTOMER(
            "customer",
            List.of("customer_account_create", "customer_account_edit", "adminhtml_customer", "adminhtml_checkout")),
    ADDRESS(
            "customer_address",
            List.of("adminhtml_customer_address", "customer_address_edit", "customer_register_address"));

    private final String code;
    private final List<String> forms;

    AttributeEntity(String code, List<String> forms) {
        this.code = code;
        this.forms = forms;
    }

    /** Magento's entity type code, as its "No such entity" messages name it. */
    public String code() {
        return code;
    }

    /** The form codes Magento knows for this entity. */
    public List<String> forms() {
        return forms;
    }
}
