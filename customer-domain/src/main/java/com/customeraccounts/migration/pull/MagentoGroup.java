package com.customeraccounts.migration.pull;

/** A {@code customer_group} row. */
public record MagentoGroup(int id, String code, int taxClassId) {}
