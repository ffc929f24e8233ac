package com.customeraccounts.persistence.migration.pull;

import static com.customeraccounts.persistence.migration.pull.Timestamps.instant;
import static com.customeraccounts.persistence.migration.pull.Timestamps.utc;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.migration.pull.MagentoAddress;
import com.customeraccounts.migration.pull.MagentoAttribute;
import com.customeraccounts.migration.pull.MagentoAttributeValues;
import com.customeraccounts.migration.pull.MagentoCustomer;
import com.customeraccounts.migration.pull.MagentoGroup;
import com.customeraccounts.migration.pull.MagentoScopes;
import com.customeraccounts.migration.pull.MagentoSource;
import com.customeraccounts.migration.pull.MigrationFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One read-only connection to Magento's database, in UTC ({@code time_zone = '+00:00'}: MySQL converts
 * {@code TIMESTAMP} columns to the session's zone). A customer batch takes four queries: the customers, then
 * their addresses, their newsletter rows and their token revocations by customer id range.
 */
final class JdbcMagentoSource implements MagentoSource {

    private static final String CUSTOMER_COLUMNS = "entity_id, website_id, store_id, group_id, email, prefix, "
            + "firstname, middlename, lastname, suffix, dob, gender, taxvat, created_at, updated_at, created_in, "
            + "password_hash, confirmation, disable_auto_group_change, default_billing, default_shipping, "
            + "failures_num, first_failure, lock_expires";
    /** {@code jwt_auth_revoked.user_type_id} of a customer ({@code UserContextInterface::USER_TYPE_CUSTOMER}). */
    private static final int CUSTOMER_USER_TYPE = 3;

    private final Connection connection;
    /** Takes the credentials out of a driver's message before it goes into a run's report. */
    private final UnaryOperator<String> redact;

    JdbcMagentoSource(Connection connection, UnaryOperator<String> redact) throws SQLException {
        this.connection = connection;
        this.redact = redact;
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
        }
    }

    @Override
    public Instant now() {
        return query("SELECT UTC_TIMESTAMP()", List.of(), row -> instant(row, 1))
                .get(0);
    }

    @Override
    public MagentoScopes scopes() {
        Map<Integer, String> websites = new HashMap<>();
        Map<Integer, String> stores = new HashMap<>();
        query(
                "SELECT website_id, code FROM store_website",
                List.of(),
                row -> websites.put(row.getInt(1), row.getString(2)));
        query("SELECT store_id, code FROM store", List.of(), row -> stores.put(row.getInt(1), row.getString(2)));
        websites.values().removeIf(java.util.Objects::isNull);
        stores.values().removeIf(java.util.Objects::isNull);
        return new MagentoScopes(websites, stores);
    }

    @Override
    public List<MagentoGroup> groups() {
        return query(
                "SELECT customer_group_id, customer_group_code, tax_class_id FROM customer_group "
                        + "ORDER BY customer_group_id",
                List.of(),
                row -> new MagentoGroup(row.getInt(1), row.getString(2), row.getInt(3)));
    }

    @Override
    public long countCustomers() {
        return query("SELECT COUNT(*) FROM customer_entity", List.of(), row -> row.getLong(1))
                .get(0);
    }

    @Override
    public List<MagentoCustomer> customersAfter(long afterId, int limit) {
        return withDetails(query(
                "SELECT " + CUSTOMER_COLUMNS + " FROM customer_entity WHERE entity_id > ? "
                        + "ORDER BY entity_id LIMIT ?",
                List.of(afterId, limit),
                JdbcMagentoSource::customer));
    }

    @Override
    public List<MagentoCustomer> customers(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        for (long id : ids) {
            values.add(id);
        }
        return withDetails(query(
                "SELECT " + CUSTOMER_COLUMNS + " FROM customer_entity WHERE entity_id IN ("
                        + JdbcMigrationTarget.placeholders(ids.length) + ") ORDER BY entity_id",
                values,
                JdbcMagentoSource::customer));
    }

    /** Magento's EAV value tables of each entity, one per backend type. */
    private static final List<String> VALUE_TYPES = List.of("varchar", "int", "text", "datetime", "decimal");

    private static final String USER_DEFINED = "SELECT a.attribute_id, t.entity_type_code, a.attribute_code, "
            + "a.frontend_input FROM eav_attribute a JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id "
            + "WHERE t.entity_type_code IN ('customer', 'customer_address') AND a.is_user_defined = 1";

    @Override
    public List<MagentoAttribute> attributes() {
        record Definition(long id, AttributeEntity entity, String code, String input) {}
        List<Definition> definitions = query(
                USER_DEFINED,
                List.of(),
                row -> new Definition(
                        row.getLong(1),
                        row.getString(2).equals("customer") ? AttributeEntity.CUSTOMER : AttributeEntity.ADDRESS,
                        row.getString(3),
                        row.getString(4)));
        Map<Long, Map<String, String>> labels = new HashMap<>();
        query(
                "SELECT o.attribute_id, o.option_id, v.value FROM eav_attribute_option o "
                        + "JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0",
                List.of(),
                row -> labels.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
                        .put(row.getString(2), row.getString(3)));
        Map<Long, Long> counts = new HashMap<>();
        for (String entity : List.of("customer_entity", "customer_address_entity")) {
            for (String type : VALUE_TYPES) {
                query(
                        "SELECT attribute_id, COUNT(*) FROM " + entity + "_" + type + " GROUP BY attribute_id",
                        List.of(),
                        row -> counts.merge(row.getLong(1), row.getLong(2), Long::sum));
            }
        }
        return definitions.stream()
                .map(d -> new MagentoAttribute(
                        d.id(),
                        d.entity(),
                        d.code(),
                        d.input(),
                        labels.getOrDefault(d.id(), Map.of()),
                        counts.getOrDefault(d.id(), 0L)))
                .toList();
    }

    @Override
    public MagentoAttributeValues attributeValues(List<MagentoCustomer> customers) {
        if (customers.isEmpty()) {
            return MagentoAttributeValues.NONE;
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> addressIds = new HashSet<>();
        customers.forEach(c -> {
            ids.add(c.id());
            c.addresses().forEach(a -> addressIds.add(a.id()));
        });
        List<Object> range = List.of(
                customers.stream().mapToLong(MagentoCustomer::id).min().orElseThrow(),
                customers.stream().mapToLong(MagentoCustomer::id).max().orElseThrow());
        Map<Long, Map<String, String>> ofCustomers = new HashMap<>();
        Map<Long, Map<String, String>> ofAddresses = new HashMap<>();
        for (String type : VALUE_TYPES) {
            query(
                    "SELECT v.entity_id, a.attribute_code, v.value FROM customer_entity_" + type + " v "
                            + "JOIN eav_attribute a ON a.attribute_id = v.attribute_id "
                            + "WHERE v.entity_id BETWEEN ? AND ? AND a.is_user_defined = 1",
                    range,
                    row -> keep(ofCustomers, ids, row));
            query(
                    "SELECT v.entity_id, a.attribute_code, v.value FROM customer_address_entity_" + type + " v "
                            + "JOIN eav_attribute a ON a.attribute_id = v.attribute_id "
                            + "JOIN customer_address_entity e ON e.entity_id = v.entity_id "
                            + "WHERE e.parent_id BETWEEN ? AND ? AND a.is_user_defined = 1",
                    range,
                    row -> keep(ofAddresses, addressIds, row));
        }
        return new MagentoAttributeValues(ofCustomers, ofAddresses);
    }

    /** A value row of one of {@code wanted}; a value Magento holds as NULL is no value. */
    private static Object keep(Map<Long, Map<String, String>> into, Set<Long> wanted, ResultSet row)
            throws SQLException {
        long id = row.getLong(1);
        String value = row.getString(3);
        if (wanted.contains(id) && value != null) {
            into.computeIfAbsent(id, key -> new HashMap<>()).put(row.getString(2), value);
        }
        return null;
    }

    @Override
    public long[] customerIds() {
        return ids("SELECT entity_id FROM customer_entity ORDER BY entity_id", List.of());
    }

    @Override
    public long[] addressIds() {
        return ids("SELECT entity_id FROM customer_address_entity ORDER BY entity_id", List.of());
    }

    @Override
    public long[] changedSince(Instant since) {
        List<Object> at = List.of(utc(since));
        TreeSet<Long> changed = new TreeSet<>();
        for (String sql : List.of(
                "SELECT entity_id FROM customer_entity WHERE updated_at >= ?",
                "SELECT parent_id FROM customer_address_entity WHERE updated_at >= ? AND parent_id IS NOT NULL",
                "SELECT customer_id FROM newsletter_subscriber WHERE change_status_at >= ? AND customer_id > 0")) {
            for (long id : ids(sql, at)) {
                changed.add(id);
            }
        }
        // Magento writes a revocation's time, in epoch seconds, as it revokes
        for (long id : ids(
                "SELECT user_id FROM jwt_auth_revoked WHERE user_type_id = ? AND revoke_before >= ?",
                List.of(CUSTOMER_USER_TYPE, since.getEpochSecond()))) {
            changed.add(id);
        }
        return changed.stream().mapToLong(Long::longValue).toArray();
    }

    private long[] ids(String sql, List<Object> values) {
        return query(sql, values, row -> row.getLong(1)).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** Adds each customer's addresses (in id order) and newsletter status, read for the batch's id range. */
    private List<MagentoCustomer> withDetails(List<MagentoCustomer> customers) {
        if (customers.isEmpty()) {
            return customers;
        }
        List<Object> range = List.of(
                customers.get(0).id(), customers.get(customers.size() - 1).id());
        Map<Long, List<MagentoAddress>> addresses = new HashMap<>();
        query(
                "SELECT parent_id, entity_id, country_id, region_id, region, street, company, telephone, fax, postcode, "
                        + "city, firstname, lastname, middlename, prefix, suffix, vat_id FROM customer_address_entity "
                        + "WHERE parent_id BETWEEN ? AND ? ORDER BY entity_id",
                range,
                row -> addresses
                        .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new MagentoAddress(
                                row.getLong(2),
                                row.getString(3),
                                (Integer) row.getObject(4, Integer.class),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7),
                                row.getString(8),
                                row.getString(9),
                                row.getString(10),
                                row.getString(11),
                                row.getString(12),
                                row.getString(13),
                                row.getString(14),
                                row.getString(15),
                                row.getString(16),
                                row.getString(17))));
        Map<Long, Integer> newsletter = new HashMap<>();
        // a customer subscribed in any store view counts as subscribed; otherwise the latest row tells
        query(
                "SELECT customer_id, subscriber_status FROM newsletter_subscriber WHERE customer_id BETWEEN ? AND ? "
                        + "ORDER BY customer_id, change_status_at, subscriber_id",
                range,
                row -> newsletter.merge(row.getLong(1), row.getInt(2), (old, next) -> old == 1 ? 1 : next));
        Map<Long, Instant> revoked = new HashMap<>();
        query(
                "SELECT user_id, revoke_before FROM jwt_auth_revoked WHERE user_type_id = ? AND user_id BETWEEN ? AND ?",
                List.of(CUSTOMER_USER_TYPE, range.get(0), range.get(1)),
                row -> revoked.put(row.getLong(1), Instant.ofEpochSecond(row.getLong(2))));
        return customers.stream()
                .map(c -> new MagentoCustomer(
                        c.id(),
                        c.websiteId(),
                        c.storeId(),
                        c.groupId(),
                        c.email(),
                        c.prefix(),
                        c.firstname(),
                        c.middlename(),
                        c.lastname(),
                        c.suffix(),
                        c.dob(),
                        c.gender(),
                        c.taxvat(),
                        c.createdAt(),
                        c.updatedAt(),
                        c.createdIn(),
                        c.passwordHash(),
                        c.confirmation(),
                        c.disableAutoGroupChange(),
                        c.defaultBilling(),
                        c.defaultShipping(),
                        newsletter.get(c.id()),
                        c.failuresNum(),
                        c.firstFailure(),
                        c.lockExpires(),
                        revoked.get(c.id()),
                        addresses.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static MagentoCustomer customer(ResultSet row) throws SQLException {
        return new MagentoCustomer(
                row.getLong("entity_id"),
                row.getObject("website_id", Integer.class),
                row.getObject("store_id", Integer.class),
                row.getInt("group_id"),
                row.getString("email"),
                row.getString("prefix"),
                row.getString("firstname"),
                row.getString("middlename"),
                row.getString("lastname"),
                row.getString("suffix"),
                row.getObject("dob", LocalDate.class),
                row.getObject("gender", Integer.class),
                row.getString("taxvat"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.getString("created_in"),
                row.getString("password_hash"),
                row.getString("confirmation"),
                row.getInt("disable_auto_group_change"),
                row.getObject("default_billing", Long.class),
                row.getObject("default_shipping", Long.class),
                null,
                row.getInt("failures_num"),
                instant(row, "first_failure"),
                instant(row, "lock_expires"),
                null,
                List.of());
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> values, RowMapper<T> mapper) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new MigrationFailure("Cannot read Magento's database: " + redact.apply(e.getMessage()));
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written through it: a failed close loses nothing
        }
    }
}
