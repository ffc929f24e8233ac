package com.customeraccounts.persistence.migration;

import com.customeraccounts.migration.AddressRow;
import com.customeraccounts.migration.CustomerRow;
import com.customeraccounts.persistence.database.DatabaseVendor;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads customer and address rows by the keys an import's chunk names, one query per chunk. */
final class CustomerRowReader {

    private static final String CUSTOMER = "SELECT entity_id, website_id, store_id, group_id, email, email_key, "
            + "share_scope, prefix, firstname, middlename, lastname, suffix, dob, gender, taxvat, created_at, "
            + "updated_at, created_in, password_hash, confirmation, rp_token, rp_token_created_at, "
            + "disable_auto_group_change, default_billing, default_shipping, subscriber_status, failures_num, "
            + "first_failure, lock_expires FROM customer_entity WHERE ";
    private static final String ADDRESS = "SELECT entity_id, parent_id, position, country_id, region_id, region_code, "
            + "region, street, company, telephone, fax, postcode, city, firstname, lastname, middlename, prefix, "
            + "suffix, vat_id FROM customer_address_entity WHERE ";

    private final Connection connection;

    CustomerRowReader(Connection connection) {
        this.connection = connection;
        preferIndexes(connection);
    }

    /**
     * An import's own inserts stay out of PostgreSQL's statistics until it commits, so the planner, believing
     * the table as small as it was when the import began, would scan it whole for every chunk's look-up: time
     * quadratic in the file. For the rest of the transaction it is told to use the indexes.
     */
    private static void preferIndexes(Connection connection) {
        if (DatabaseVendor.of(connection) != DatabaseVendor.POSTGRESQL) {
            return;
        }
        try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL enable_seqscan = off");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the import's look-ups: " + e.getMessage(), e);
        }
    }

    List<CustomerRow> customersByEmailKey(Collection<String> keys) {
        List<CustomerRow> rows = new ArrayList<>();
        query(CUSTOMER + "email_key IN ", keys, result -> rows.add(customer(result)));
        return rows;
    }

    List<AddressRow> addresses(String column, Collection<Long> ids) {
        List<AddressRow> rows = new ArrayList<>();
        query(ADDRESS + column + " IN ", ids, result -> rows.add(address(result)));
        return rows;
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, Collection<?> values, RowHandler handler) {
        if (values.isEmpty()) {
            return;
        }
        String in = "(" + "?,".repeat(values.size() - 1) + "?)";
        try (PreparedStatement s = connection.prepareStatement(sql + in)) {
            int i = 1;
            for (Object value : values) {
                s.setObject(i++, value);
            }
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    handler.handle(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read customers: " + e.getMessage(), e);
        }
    }

    private static CustomerRow customer(ResultSet r) throws SQLException {
        return new CustomerRow(
                r.getLong(1),
                WebsiteId.of(r.getInt(2)),
                StoreId.of(r.getInt(3)),
                r.getInt(4),
                r.getString(5),
                r.getString(6),
                ShareScope.of(r.getInt(7)),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                r.getObject(13, LocalDate.class),
                (Integer) r.getObject(14, Integer.class),
                r.getString(15),
                r.getObject(16, LocalDateTime.class),
                r.getObject(17, LocalDateTime.class),
                r.getString(18),
                r.getString(19),
                r.getString(20),
                r.getString(21),
                r.getObject(22, LocalDateTime.class),
                r.getInt(23),
                r.getObject(24, Long.class),
                r.getObject(25, Long.class),
                r.getObject(26, Integer.class),
                r.getInt(27),
                r.getObject(28, LocalDateTime.class),
                r.getObject(29, LocalDateTime.class));
    }

    private static AddressRow address(ResultSet r) throws SQLException {
        return new AddressRow(
                r.getLong(1),
                r.getLong(2),
                r.getInt(3),
                r.getString(4),
                r.getInt(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                r.getString(13),
                r.getString(14),
                r.getString(15),
                r.getString(16),
                r.getString(17),
                r.getString(18),
                r.getString(19));
    }
}
