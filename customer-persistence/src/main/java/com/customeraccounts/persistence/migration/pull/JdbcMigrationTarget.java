package com.customeraccounts.persistence.migration.pull;

import static com.customeraccounts.persistence.migration.pull.Timestamps.utc;

import com.customeraccounts.audit.CustomersMigrated;
import com.customeraccounts.migration.AddressRow;
import com.customeraccounts.migration.CustomerRow;
import com.customeraccounts.migration.pull.LocalCustomers;
import com.customeraccounts.migration.pull.MagentoGroup;
import com.customeraccounts.migration.pull.MigrationFailure;
import com.customeraccounts.migration.pull.MigrationTarget;
import com.customeraccounts.migration.pull.Progress;
import com.customeraccounts.migration.pull.PulledAddress;
import com.customeraccounts.migration.pull.PulledCustomer;
import com.customeraccounts.persistence.customer.CustomerAttributeValue;
import com.customeraccounts.persistence.customer.ReservedIds;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.Sequences;
import com.customeraccounts.persistence.migration.CustomerRowWriter;
import com.customeraccounts.persistence.migration.KeptCustomers;
import com.customeraccounts.store.ShareScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the copies in JDBC batches, each call in one transaction with its run's progress. A changed copy
 * is rewritten whole: its row updated (with its {@code version} raised, so that an edit here that read the
 * old row fails as a concurrent change), its addresses replaced; Magento's revocation of its tokens raises
 * this service's, never lowers it.
 */
@ApplicationScoped
@Transactional
public class JdbcMigrationTarget implements MigrationTarget {

    private final LazyDataSource dataSource = new LazyDataSource(null);

    @Inject
    Event<CustomersMigrated> migrated;

    @Inject
    Clock clock;

    @Inject
    KeptCustomers kept;

    @Inject
    ReservedIds reserved;

    @Override
    public int copyGroups(List<MagentoGroup> groups, boolean dryRun) {
        try (Connection connection = dataSource.get().getConnection()) {
            Map<Integer, MagentoGroup> local = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT customer_group_id, customer_group_code, tax_class_id FROM customer_group");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    local.put(row.getInt(1), new MagentoGroup(row.getInt(1), row.getString(2), row.getInt(3)));
                }
            }
            List<MagentoGroup> inserts =
                    groups.stream().filter(g -> !local.containsKey(g.id())).toList();
            List<MagentoGroup> updates = groups.stream()
                    .filter(g -> local.containsKey(g.id()) && !local.get(g.id()).equals(g))
                    .toList();
            if (!dryRun) {
                writeGroups(
                        connection,
                        "INSERT INTO customer_group (customer_group_code, tax_class_id, "
                                + "customer_group_id) VALUES (?, ?, ?)",
                        inserts);
                writeGroups(
                        connection,
                        "UPDATE customer_group SET customer_group_code = ?, tax_class_id = ? "
                                + "WHERE customer_group_id = ?",
                        updates);
            }
            return inserts.size() + updates.size();
        } catch (SQLException e) {
            throw failure("Cannot copy the customer groups", e);
        }
    }

    private static void writeGroups(Connection connection, String sql, List<MagentoGroup> groups) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (MagentoGroup g : groups) {
                statement.setString(1, g.code());
                statement.setInt(2, g.taxClassId());
                statement.setInt(3, g.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public Set<Integer> groupIds() {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT customer_group_id FROM customer_group");
                ResultSet row = select.executeQuery()) {
            Set<Integer> ids = new HashSet<>();
            while (row.next()) {
                ids.add(row.getInt(1));
            }
            return ids;
        } catch (SQLException e) {
            throw failure("Cannot read the customer groups", e);
        }
    }

    @Override
    public LocalCustomers local(List<PulledCustomer> customers) {
        Map<Long, String> fingerprints = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        Map<String, Long> emails = new HashMap<>();
        if (customers.isEmpty()) {
            return new LocalCustomers(fingerprints, taken, emails);
        }
        try (Connection connection = dataSource.get().getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT c.entity_id, m.fingerprint FROM "
                    + "customer_entity c LEFT JOIN magento_customer_copy m ON m.entity_id = c.entity_id "
                    + "WHERE c.entity_id IN (" + placeholders(customers.size()) + ")")) {
                for (int i = 0; i < customers.size(); i++) {
                    select.setLong(i + 1, customers.get(i).id());
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        if (row.getString(2) == null) {
                            taken.add(row.getLong(1));
                        } else {
                            fingerprints.put(row.getLong(1), row.getString(2));
                        }
                    }
                }
            }
            List<String> keys =
                    customers.stream().map(PulledCustomer::emailKey).distinct().toList();
            try (PreparedStatement select = connection.prepareStatement("SELECT entity_id, email_key, share_scope "
                    + "FROM customer_entity WHERE email_key IN (" + placeholders(keys.size()) + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    select.setString(i + 1, keys.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        emails.put(
                                LocalCustomers.emailKey(row.getString(2), ShareScope.of(row.getInt(3))),
                                row.getLong(1));
                    }
                }
            }
            return new LocalCustomers(fingerprints, taken, emails);
        } catch (SQLException e) {
            throw failure("Cannot read this service's customers", e);
        }
    }

    @Override
    public void write(Progress progress, List<PulledCustomer> inserts, List<PulledCustomer> updates) {
        try (Connection connection = dataSource.get().getConnection();
                CustomerRowWriter writer = new CustomerRowWriter(connection, clock)) {
            kept.forgetAll();
            updates.forEach(c -> writer.replaceCustomer(row(c)));
            inserts.forEach(c -> writer.insertCustomer(row(c)));
            for (List<PulledCustomer> customers : List.of(updates, inserts)) {
                for (PulledCustomer c : customers) {
                    c.addresses().forEach(a -> writer.insertAddress(row(c, a)));
                    if (c.tokensRevokedAt() != null) {
                        writer.raiseTokensRevokedAt(c.id(), utc(c.tokensRevokedAt()));
                    }
                }
            }
            announce(writer.flush());
            writeAttributes(connection, updates, inserts);
            writeCopies(connection, "UPDATE magento_customer_copy SET fingerprint = ? WHERE entity_id = ?", updates);
            writeCopies(
                    connection, "INSERT INTO magento_customer_copy (fingerprint, entity_id) VALUES (?, ?)", inserts);
            RunProgress.write(connection, progress);
        } catch (SQLException e) {
            throw failure("Cannot write customers " + ids(inserts, updates), e);
        } catch (IllegalStateException e) {
            throw new MigrationFailure("Cannot write customers " + ids(inserts, updates) + ": " + e.getMessage(), e);
        }
    }

    private static CustomerRow row(PulledCustomer c) {
        return new CustomerRow(
                c.id(),
                c.websiteId(),
                c.storeId(),
                c.groupId(),
                c.email(),
                c.emailKey(),
                c.shareScope(),
                c.prefix(),
                c.firstname(),
                c.middlename(),
                c.lastname(),
                c.suffix(),
                c.dob(),
                c.gender(),
                c.taxvat(),
                utc(c.createdAt()),
                utc(c.updatedAt()),
                c.createdIn(),
                c.passwordHash(),
                c.confirmationHash(),
                null,
                null,
                c.disableAutoGroupChange(),
                c.defaultBilling(),
                c.defaultShipping(),
                c.subscriberStatus(),
                c.failuresNum(),
                utc(c.firstFailure()),
                utc(c.lockExpires()));
    }

    private static AddressRow row(PulledCustomer c, PulledAddress a) {
        return new AddressRow(
                a.id(),
                c.id(),
                a.position(),
                a.countryId(),
                a.regionId(),
                a.regionCode(),
                a.region(),
                a.street(),
                a.company(),
                a.telephone(),
                a.fax(),
                a.postcode(),
                a.city(),
                a.firstname(),
                a.lastname(),
                a.middlename(),
                a.prefix(),
                a.suffix(),
                a.vatId());
    }

    /** The declared attributes' values of these customers and their addresses, in place of those they had. */
    private static void writeAttributes(
            Connection connection, List<PulledCustomer> updates, List<PulledCustomer> inserts) throws SQLException {
        try (PreparedStatement forgetCustomer =
                        connection.prepareStatement("DELETE FROM customer_attribute_value WHERE customer_id = ?");
                PreparedStatement forgetAddresses =
                        connection.prepareStatement("DELETE FROM customer_address_attribute_value WHERE address_id IN "
                                + "(SELECT entity_id FROM customer_address_entity WHERE parent_id = ?)");
                PreparedStatement customer = connection.prepareStatement("INSERT INTO customer_attribute_value "
                        + "(customer_id, attribute_code, attribute_value, search_key) VALUES (?, ?, ?, ?)");
                PreparedStatement address = connection.prepareStatement("INSERT INTO customer_address_attribute_value "
                        + "(address_id, attribute_code, attribute_value) VALUES (?, ?, ?)")) {
            for (PulledCustomer c : updates) {
                forgetCustomer.setLong(1, c.id());
                forgetCustomer.addBatch();
                forgetAddresses.setLong(1, c.id());
                forgetAddresses.addBatch();
            }
            if (!updates.isEmpty()) {
                forgetCustomer.executeBatch();
                forgetAddresses.executeBatch();
            }
            boolean any = false;
            for (List<PulledCustomer> customers : List.of(updates, inserts)) {
                for (PulledCustomer c : customers) {
                    for (Map.Entry<String, String> value : c.attributes().entrySet()) {
                        customer.setLong(1, c.id());
                        customer.setString(2, value.getKey());
                        customer.setString(3, value.getValue());
                        customer.setString(4, CustomerAttributeValue.searchKey(value.getValue()));
                        customer.addBatch();
                        any = true;
                    }
                    for (PulledAddress a : c.addresses()) {
                        for (Map.Entry<String, String> value : a.attributes().entrySet()) {
                            address.setLong(1, a.id());
                            address.setString(2, value.getKey());
                            address.setString(3, value.getValue());
                            address.addBatch();
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                customer.executeBatch();
                address.executeBatch();
            }
        }
    }

    private static void writeCopies(Connection connection, String sql, List<PulledCustomer> customers)
            throws SQLException {
        if (customers.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PulledCustomer c : customers) {
                statement.setString(1, c.fingerprint());
                statement.setLong(2, c.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public long[] copiedIds() {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT entity_id FROM magento_customer_copy ORDER BY entity_id");
                ResultSet row = select.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (row.next()) {
                ids.add(row.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw failure("Cannot read the customers copied from Magento", e);
        }
    }

    @Override
    public Map<Long, Long> copiedAddresses() {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT a.entity_id, a.parent_id FROM "
                        + "customer_address_entity a JOIN magento_customer_copy m ON m.entity_id = a.parent_id");
                ResultSet row = select.executeQuery()) {
            Map<Long, Long> addresses = new HashMap<>();
            while (row.next()) {
                addresses.put(row.getLong(1), row.getLong(2));
            }
            return addresses;
        } catch (SQLException e) {
            throw failure("Cannot read the addresses copied from Magento", e);
        }
    }

    @Override
    public void delete(Progress progress, long[] ids) {
        try (Connection connection = dataSource.get().getConnection();
                CustomerRowWriter writer = new CustomerRowWriter(connection, clock)) {
            kept.forgetAll();
            for (long id : ids) {
                writer.deleteCustomer(id);
            }
            announce(writer.flush());
            RunProgress.write(connection, progress);
        } catch (SQLException e) {
            throw failure("Cannot delete the customers Magento no longer has", e);
        } catch (IllegalStateException e) {
            throw new MigrationFailure("Cannot delete the customers Magento no longer has: " + e.getMessage(), e);
        }
    }

    private void announce(CustomersMigrated flushed) {
        if (!flushed.isEmpty()) {
            migrated.fire(flushed);
        }
    }

    @Override
    public void moveSequences() {
        try (Connection connection = dataSource.get().getConnection()) {
            new Sequences(connection).moveAboveStoredIds();
        } catch (SQLException | IllegalStateException e) {
            throw new MigrationFailure("Cannot move the id sequences: " + e.getMessage(), e);
        }
        forgetReservedIds();
    }

    /** This instance keeps a block of ids per sequence in memory; the next account then takes a fresh block. */
    @Override
    public void forgetReservedIds() {
        reserved.forget();
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String ids(List<PulledCustomer> inserts, List<PulledCustomer> updates) {
        String all = java.util.stream.Stream.concat(inserts.stream(), updates.stream())
                .map(c -> Long.toString(c.id()))
                .collect(Collectors.joining(", "));
        return all.length() > 200 ? all.substring(0, 200) + "…" : all;
    }

    private static MigrationFailure failure(String what, SQLException e) {
        return new MigrationFailure(what + ": " + e.getMessage(), e);
    }
}
