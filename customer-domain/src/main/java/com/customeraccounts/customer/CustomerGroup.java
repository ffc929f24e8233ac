package com.customeraccounts.customer;

import java.util.Objects;

/** A customer group ({@code customer_group}); Magento truncates codes to 32 characters. */
public record CustomerGroup(GroupId id, String code, int taxClassId) {

    public static final int CODE_MAX_LENGTH = 32;

    public CustomerGroup {
        Objects.requireNonNull(code, "code");
        code = code.length() > CODE_MAX_LENGTH ? code.substring(0, CODE_MAX_LENGTH) : code;
    }
}
