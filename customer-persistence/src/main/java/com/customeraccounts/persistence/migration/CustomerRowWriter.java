package com.customeraccounts.persistence.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.AuditEntry;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.audit.CustomersMigrated;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.migration.AddressRow;
import com.customeraccounts.migration.CustomerRow;
import com.customeraccounts.persistence.customer.CustomerAttributeValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes customer rows and their address rows in JDBC batches on one connection, in the form the rest of
 * the service reads ({@code CustomerEntity}, {@code AddressEntity}): {@code email_key}, {@code share_scope},
 * {@code position}, the region's id, code and name, {@code version} (1 on insert, counted up on update).
 * Statements are queued and sent by {@link #flush()} in an order that keeps every foreign key: the addresses
 * of replaced customers deleted, customer inserts, customer updates, token revocations, address inserts, updates and deletes,
 * customer deletes (whose addresses and tokens go with them, {@code ON DELETE CASCADE}).
 */
public final class CustomerRowWriter implements AutoCloseable {

    /** Every column but the password-reset token, which only this service issues. */
    private static final String COPIED_COLUMNS = "website_id, store_id, group_id, email, email_key, share_scope, "
            + "prefix, firstname, middlename, lastname, suffix, dob, gender, taxvat, created_at, updated_at, "
            + "created_in, password_hash, confirmation, disable_auto_group_change, default_billing, default_shipping, "
            + "subscriber_status, failures_num, first_failure, lock_expires";

    private static final String CUSTOMER_COLUMNS = COPIED_COLUMNS + ", rp_token, rp_token_created_at";
    private static final String ADDRESS_COLUMNS = "parent_id, position, country_id, region_id, region_code, region, "
            + "street, company, telephone, fax, postcode, city, firstname, lastname, middlename, prefix, suffix, "
            + "vat_id";

    private final Statement deleteAddressesOf;
    private final Statement insertCustomer;
    private final Statement updateCustomer;
    private final Statement replaceCustomer;
    private final Statement raiseTokensRevokedAt;
    private final Statement insertAddress;
    private final Statement updateAddress;
    private final Statement clearCustomerAttribute;
    private final Statement clearAddressAttribute;
    private final Statement setCustomerAttribute;
    private final Statement setAddressAttribute;
    private final Statement deleteAddress;
    private final Statement deleteCustomer;
    private final Statement migrated;
    private final Statement stripHistory;
    /** The customers written, and those deleted, since the last flush. */
    private final List<CustomerId> migratedIds = new ArrayList<>();

    private final List<CustomerId> deletedIds = new ArrayList<>();
    /** The ids of {@link #deleteCustomer}'s queued rows, in their order. */
    private final List<Long> deleting = new ArrayList<>();

    private final Clock clock;

    public CustomerRowWriter(Connection connection) {
        this(connection, Clock.systemUTC());
    }

    public CustomerRowWriter(Connection connection, Clock clock) {
        this.clock = clock;
        this.migrated = new Statement(
                connection,
                "INSERT INTO customer_audit (customer_id, event, actor, client_address, request_id, occurred_at, fields) "
                        + "VALUES (?, ?, ?, ?, ?, ?, '')");
        this.deleteAddressesOf = new Statement(connection, "DELETE FROM customer_address_entity WHERE parent_id = ?");
        this.insertCustomer = new Statement(
                connection,
                "INSERT INTO customer_entity (entity_id, " + CUSTOMER_COLUMNS + ", version) VALUES (" + "?, ".repeat(29)
                        + "1)");
        this.updateCustomer = new Statement(
                connection,
                "UPDATE customer_entity SET " + CUSTOMER_COLUMNS.replace(", ", " = ?, ")
                        + " = ?, version = version + 1 WHERE entity_id = ?");
        this.replaceCustomer = new Statement(
                connection,
                "UPDATE customer_entity SET " + COPIED_COLUMNS.replace(", ", " = ?, ")
                        + " = ?, version = version + 1 WHERE entity_id = ?");
        this.raiseTokensRevokedAt = new Statement(
                connection,
                "UPDATE customer_entity SET tokens_revoked_at = ? "
                        + "WHERE entity_id = ? AND (tokens_revoked_at IS NULL OR tokens_revoked_at < ?)");
        this.insertAddress = new Statement(
                connection,
                "INSERT INTO customer_address_entity (entity_id, " + ADDRESS_COLUMNS + ") VALUES (?" + ", ?".repeat(18)
                        + ")");
        this.updateAddress = new Statement(
                connection,
                "UPDATE customer_address_entity SET " + ADDRESS_COLUMNS.replace(", ", " = ?, ")
                        + " = ? WHERE entity_id = ?");
        this.deleteAddress = new Statement(connection, "DELETE FROM customer_address_entity WHERE entity_id = ?");
        this.clearCustomerAttribute = new Statement(
                connection, "DELETE FROM customer_attribute_value WHERE customer_id = ? AND attribute_code = ?");
        this.clearAddressAttribute = new Statement(
                connection, "DELETE FROM customer_address_attribute_value WHERE address_id = ? AND attribute_code = ?");
        this.setCustomerAttribute = new Statement(
                connection,
                "INSERT INTO customer_attribute_value (customer_id, attribute_code, attribute_value, search_key) "
                        + "VALUES (?, ?, ?, ?)");
        this.setAddressAttribute = new Statement(
                connection,
                "INSERT INTO customer_address_attribute_value (address_id, attribute_code, attribute_value) "
                        + "VALUES (?, ?, ?)");
        this.deleteCustomer = new Statement(connection, "DELETE FROM customer_entity WHERE entity_id = ?");
        this.stripHistory = new Statement(
                connection,
                "UPDATE customer_audit SET client_address = NULL, customer_deleted_at = ? WHERE customer_id = ?");
    }

    /** A new customer with its addresses. */
    public void write(CustomerRow customer, List<AddressRow> addresses) {
        insertCustomer(customer);
        addresses.forEach(this::insertAddress);
    }

    public void insertCustomer(CustomerRow c) {
        insertCustomer.add(s -> {
            s.setLong(1, c.id());
            customerColumns(s, 2, c);
        });
        migrated(c);
    }

    public void updateCustomer(CustomerRow c) {
        updateCustomer.add(s -> s.setLong(customerColumns(s, 1, c), c.id()));
        migrated(c);
    }

    /** The customer's history: it came over from Magento (a pull, a delta or an import), now, by whom. */
    private void migrated(CustomerRow c) {
        migratedIds.add(new CustomerId(c.id()));
        history(c.id(), AuditEvent.MIGRATED, c.updatedAt().toInstant(ZoneOffset.UTC));
    }

    private void history(long customerId, AuditEvent event, Instant at) {
        AuditEntry entry = AccountAudit.entryNow(new CustomerId(customerId), event, List.of(), at);
        migrated.add(s -> {
            s.setLong(1, customerId);
            s.setString(2, entry.event().code());
            s.setString(3, entry.actor());
            s.setString(4, entry.clientAddress().orElse(null));
            s.setString(5, entry.requestId().orElse(null));
            s.setObject(6, LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        });
    }

    /**
     * A customer copied again: its row rewritten but for the reset token (a copy carries none, and one this
     * service issued stays good), its addresses deleted before any queued address is inserted.
     */
    public void replaceCustomer(CustomerRow c) {
        deleteAddressesOf.add(s -> s.setLong(1, c.id()));
        replaceCustomer.add(s -> s.setLong(copiedColumns(s, 1, c), c.id()));
        migrated(c);
    }

    /**
     * Refuses the customer's tokens issued at or before {@code revokedAt} (whole seconds, UTC), unless a later
     * revocation already does: the time never moves back.
     */
    public void raiseTokensRevokedAt(long customerId, LocalDateTime revokedAt) {
        raiseTokensRevokedAt.add(s -> {
            s.setObject(1, revokedAt);
            s.setLong(2, customerId);
            s.setObject(3, revokedAt);
        });
    }

    /**
     * Deletes the customer (its addresses go with it). One that was still there gets a last history entry, after
     * which its entries lose their client addresses, as a deletion through the API does.
     */
    public void deleteCustomer(long id) {
        deleteCustomer.add(s -> s.setLong(1, id));
        deleting.add(id);
    }

    /** The queued deletions have run, with these counts: the customers they removed get their last entry. */
    private void deleted(int[] counts) {
        Instant now = clock.instant();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                long id = deleting.get(i);
                history(id, AuditEvent.DELETED, now);
                stripHistory.add(s -> {
                    s.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                    s.setLong(2, id);
                });
                deletedIds.add(new CustomerId(id));
            }
        }
        deleting.clear();
    }

    public void insertAddress(AddressRow a) {
        insertAddress.add(s -> {
            s.setLong(1, a.id());
            addressColumns(s, 2, a);
        });
    }

    public void updateAddress(AddressRow a) {
        updateAddress.add(s -> s.setLong(addressColumns(s, 1, a), a.id()));
    }

    public void deleteAddress(long id) {
        deleteAddress.add(s -> s.setLong(1, id));
    }

    /** Sets these declared values of a customer or address, and removes those {@code cleared} names. */
    public void setAttributes(AttributeEntity entity, long owner, Map<String, String> set, Set<String> cleared) {
        boolean customer = entity == AttributeEntity.CUSTOMER;
        Statement clear = customer ? clearCustomerAttribute : clearAddressAttribute;
        Set<String> codes = new TreeSet<>(set.keySet());
        codes.addAll(cleared);
        for (String code : codes) {
            clear.add(s -> {
                s.setLong(1, owner);
                s.setString(2, code);
            });
        }
        new TreeMap<>(set)
                .forEach((code, value) -> (customer ? setCustomerAttribute : setAddressAttribute).add(s -> {
                    s.setLong(1, owner);
                    s.setString(2, code);
                    s.setString(3, value);
                    if (customer) {
                        s.setString(4, CustomerAttributeValue.searchKey(value));
                    }
                }));
    }

    /** Sends what is queued, in the order that keeps the foreign keys; returns the customers it wrote and deleted. */
    public CustomersMigrated flush() {
        for (Statement statement : statements()) {
            int[] counts = statement.execute();
            if (statement == deleteCustomer) {
                deleted(counts);
            }
        }
        CustomersMigrated flushed = new CustomersMigrated(migratedIds, deletedIds);
        migratedIds.clear();
        deletedIds.clear();
        return flushed;
    }

    @Override
    public void close() {
        statements().forEach(Statement::close);
    }

    private List<Statement> statements() {
        return List.of(
                deleteAddressesOf,
                insertCustomer,
                updateCustomer,
                replaceCustomer,
                raiseTokensRevokedAt,
                insertAddress,
                updateAddress,
                clearCustomerAttribute,
                clearAddressAttribute,
                setCustomerAttribute,
                setAddressAttribute,
                deleteAddress,
                deleteCustomer,
                migrated,
                stripHistory);
    }

    /** @return the next parameter index */
    private static int customerColumns(PreparedStatement s, int first, CustomerRow c) throws SQLException {
        int i = copiedColumns(s, first, c);
        s.setString(i++, c.resetTokenHash());
        object(s, i++, c.resetTokenCreatedAt(), Types.TIMESTAMP);
        return i;
    }

    private static int copiedColumns(PreparedStatement s, int first, CustomerRow c) throws SQLException {
        int i = first;
        s.setInt(i++, c.websiteId().value());
        s.setInt(i++, c.storeId().value());
        s.setInt(i++, c.groupId());
        s.setString(i++, c.email());
        s.setString(i++, c.emailKey());
        s.setInt(i++, c.shareScope().value());
        s.setString(i++, c.prefix());
        s.setString(i++, c.firstname());
        s.setString(i++, c.middlename());
        s.setString(i++, c.lastname());
        s.setString(i++, c.suffix());
        object(s, i++, c.dob(), Types.DATE);
        integer(s, i++, c.gender());
        s.setString(i++, c.taxvat());
        s.setObject(i++, c.createdAt());
        s.setObject(i++, c.updatedAt());
        s.setString(i++, c.createdIn());
        s.setString(i++, c.passwordHash());
        s.setString(i++, c.confirmationHash());
        s.setInt(i++, c.disableAutoGroupChange());
        number(s, i++, c.defaultBilling());
        number(s, i++, c.defaultShipping());
        integer(s, i++, c.subscriberStatus());
        s.setInt(i++, c.failuresNum());
        object(s, i++, c.firstFailure(), Types.TIMESTAMP);
        object(s, i++, c.lockExpires(), Types.TIMESTAMP);
        return i;
    }

    private static int addressColumns(PreparedStatement s, int first, AddressRow a) throws SQLException {
        int i = first;
        s.setLong(i++, a.customerId());
        s.setInt(i++, a.position());
        s.setString(i++, a.countryId());
        s.setInt(i++, a.regionId());
        s.setString(i++, a.regionCode());
        s.setString(i++, a.region());
        s.setString(i++, a.street());
        s.setString(i++, a.company());
        s.setString(i++, a.telephone());
        s.setString(i++, a.fax());
        s.setString(i++, a.postcode());
        s.setString(i++, a.city());
        s.setString(i++, a.firstname());
        s.setString(i++, a.lastname());
        s.setString(i++, a.middlename());
        s.setString(i++, a.prefix());
        s.setString(i++, a.suffix());
        s.setString(i++, a.vatId());
        return i;
    }

    private static void object(PreparedStatement s, int i, Object value, int type) throws SQLException {
        if (value == null) {
            s.setNull(i, type);
        } else {
            s.setObject(i, value);
        }
    }

    private static void integer(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static void number(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** One prepared statement, prepared on first use, with the rows queued for its next batch. */
    private static final class Statement {

        private final Connection connection;
        private final String sql;
        private PreparedStatement prepared;
        private int queued;

        Statement(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        void add(Parameters parameters) {
            try {
                if (prepared == null) {
                    prepared = connection.prepareStatement(sql);
                }
                parameters.set(prepared);
                prepared.addBatch();
                queued++;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot queue a row: " + e.getMessage(), e);
            }
        }

        /** @return the count of each queued row, in their order */
        int[] execute() {
            if (queued == 0) {
                return new int[0];
            }
            try {
                int[] counts = prepared.executeBatch();
                queued = 0;
                return counts;
            } catch (SQLException e) {
                SQLException cause = e.getNextException() == null ? e : e.getNextException();
                throw new IllegalStateException("Cannot write the rows: " + cause.getMessage(), cause);
            }
        }

        void close() {
            if (prepared != null) {
                try {
                    prepared.close();
                } catch (SQLException ignored) {
                    // the connection goes back to the pool
                }
            }
        }
    }
}
