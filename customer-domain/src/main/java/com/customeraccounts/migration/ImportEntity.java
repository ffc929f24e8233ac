package com.customeraccounts.migration;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The customer entities of Magento's import, with the behaviours Magento offers for each. */
public enum ImportEntity {
    CUSTOMER("customer", List.of(ImportBehavior.ADD_UPDATE, ImportBehavior.DELETE, ImportBehavior.CUSTOM)),
    CUSTOMER_ADDRESS(
            "customer_address", List.of(ImportBehavior.ADD_UPDATE, ImportBehavior.DELETE, ImportBehavior.CUSTOM)),
    CUSTOMER_COMPOSITE(
            "customer_composite", List.of(ImportBehavior.APPEND, ImportBehavior.REPLACE, ImportBehavior.DELETE));

    private final String code;
    private final List<ImportBehavior> behaviors;

    ImportEntity(String code, List<ImportBehavior> behaviors) {
        this.code = code;
        this.behaviors = behaviors;
    }

    public String code() {
        return code;
    }

    public boolean offers(ImportBehavior behavior) {
        return behaviors.contains(behavior);
    }

    public static Optional<ImportEntity> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
