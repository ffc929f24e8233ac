package com.customeraccounts.migration.pull;

/** A Magento row that was not copied: its table, its id there, and why. */
public record Rejection(String table, long id, String reason) {

    public static Rejection customer(long id, String reason) {
        return new Rejection("customer_entity", id, reason);
    }

    public static Rejection address(long id, String reason) {
        return new Rejection("customer_address_entity", id, reason);
    }

    public static Rejection group(long id, String reason) {
        return new Rejection("customer_group", id, reason);
    }
}
