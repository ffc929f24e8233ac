package com.customeraccounts.customer;

import java.util.Objects;

/** A customer group ({@code customer_group}); its code fits {@link TextLength#GROUP_CODE}. */
public record CustomerGroup(GroupId id, String code, int taxClassId) {

    public CustomerGroup {
        Objects.requireNonNull(code, "code");
    }
}
