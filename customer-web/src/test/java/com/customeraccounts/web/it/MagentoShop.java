package com.customeraccounts.web.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Plays a Magento shop on a {@link MagentoDatabase}: writes its rows as Magento does (ids, codes, hashes),
 * with the website {@code second} and its store view under other ids than this service gives them, and a
 * website this service does not have.
 */
final class MagentoShop {

    /** Magento's ids of the website and store view that this service knows as 2 and 2 ({@code it-stores.json}). */
    static final int SECOND_WEBSITE = 7;

    static final int SECOND_STORE = 9;
    /** A website this service's stores do not have. */
    static final int UNKNOWN_WEBSITE = 5;

    static final int VIP_GROUP = 9000;

    private final MagentoDatabase db;

    MagentoShop(MagentoDatabase db) {
        this.db = db;
        db.execute("INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default) "
                + "VALUES (7, 'second', 'Second Website', 0, 7, 0), (5, 'wholesale_eu', 'Wholesale EU', 0, 5, 0)");
        db.execute("INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code) "
                + "VALUES (7, 7, 'Second Store', 2, 9, 'second_store'), (5, 5, 'EU Store', 2, 6, 'eu_store')");
        db.execute("INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) "
                + "VALUES (9, 'fixture_second_store', 7, 7, 'Second Store View', 0, 1), (6, 'eu', 5, 5, 'EU', 0, 1)");
        db.execute("INSERT INTO customer_group (customer_group_id, customer_group_code, tax_class_id) "
                + "VALUES (9000, 'VIP', 5)");
    }

    static String uniqueEmail() {
        return "pull-" + UUID.randomUUID().toString().substring(0, 12) + "@Shop.Example.com";
    }

    /** Magento 2.0–2.3.1's hash: version 1, plain SHA-256 of salt and password. */
    static String sha256Hash(String password, String salt) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((salt + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + ":" + salt + ":1";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A customer of the main website (Magento's 1, {@code base}), in group General, as the storefront creates one. */
    void customer(long id, String email, String passwordHash) {
        customer(id, email, 1, 1, passwordHash);
    }

    void customer(long id, String email, int websiteId, int storeId, String passwordHash) {
        db.execute(
                "INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, "
                        + "updated_at, created_in, firstname, lastname, password_hash) VALUES (?, ?, ?, 1, ?, "
                        + "'2019-03-04 05:06:07', UTC_TIMESTAMP(), 'Default Store View', 'Veronica', 'Costello', ?)",
                id,
                websiteId,
                email,
                storeId,
                passwordHash);
    }

    /** An address, made the customer's default billing and shipping one when {@code isDefault}. */
    void address(long id, long customerId, String street, boolean isDefault) {
        db.execute(
                "INSERT INTO customer_address_entity (entity_id, parent_id, city, country_id, firstname, lastname, "
                        + "postcode, region, region_id, street, telephone) VALUES (?, ?, 'Calder', 'US', 'Veronica', 'Costello', "
                        + "'49628-7978', 'Michigan', 33, ?, '(555) 229-3326')",
                id,
                customerId,
                street);
        if (isDefault) {
            db.execute(
                    "UPDATE customer_entity SET default_billing = ?, default_shipping = ? WHERE entity_id = ?",
                    id,
                    id,
                    customerId);
        }
    }

    void subscribe(long customerId, int storeId, int status) {
        db.execute(
                "INSERT INTO newsletter_subscriber (store_id, change_status_at, customer_id, subscriber_email, "
                        + "subscriber_status) SELECT ?, UTC_TIMESTAMP(), entity_id, email, ? FROM customer_entity "
                        + "WHERE entity_id = ?",
                storeId,
                status,
                customerId);
    }

    void execute(String sql, Object... parameters) {
        db.execute(sql, parameters);
    }
}
