package com.customeraccounts.persistence.migration.pull;

import com.customeraccounts.migration.pull.LocalCustomers;
import com.customeraccounts.migration.pull.MagentoGroup;
import com.customeraccounts.migration.pull.MigrationFailure;
import com.customeraccounts.migration.pull.MigrationTarget;
import com.customeraccounts.migration.pull.Progress;
import com.customeraccounts.migration.pull.PulledAddress;
import com.customeraccounts.migration.pull.PulledCustomer;
import com.customeraccounts.persistence.database.LazyDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.jpa.JpaEntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.customeraccounts.persistence.migration.pull.Timestamps.utc;

/**
 * Writes the copies in JDBC batches, each call in one transaction with its run's progress. A changed copy
 * is rewritten whole: its row updated (with its {@code version} raised, so that an edit here that read the
 * old row fails as a concurrent change), its addresses replaced.
 */
@ApplicationScoped
@Transactional
public class JdbcMigrationTarget implements MigrationTarget {

    private static final String CUSTOMER_COLUMNS = "website_id, store_id, group_id, email, email_key, share_scope, "
            + "prefix, firstname, middlename, lastname, suffix, dob, gender, taxvat, created_at, updated_at, "
            + "created_in, password_hash, confirmation, disable_auto_group_change, default_billing, default_shipping, "
            + "subscriber_status, failures_num, first_failure, lock_expires";
    private static final int CUSTOMER_VALUES = 26;
    private static final String[] SEQUENCES = {"customer_entity_seq", "customer_address_entity_seq"};
    private static final String[] TABLES = {"customer_entity", "customer_address_entity"};
    /** EclipseLink hands out ids from blocks of this many (the sequences' increment, see V1). */
    private static final int BLOCK = 50;

    private final LazyDataSource dataSource = new LazyDataSource(null);

    @PersistenceContext(unitName = "customers")
    EntityManager em;

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
            List<MagentoGroup> inserts = groups.stream().filter(g -> !local.containsKey(g.id())).toList();
            List<MagentoGroup> updates = groups.stream()
                    .filter(g -> local.containsKey(g.id()) && !local.get(g.id()).equals(g)).toList();
            if (!dryRun) {
                writeGroups(connection, "INSERT INTO customer_group (customer_group_code, tax_class_id, "
                        + "customer_group_id) VALUES (?, ?, ?)", inserts);
                writeGroups(connection, "UPDATE customer_group SET customer_group_code = ?, tax_class_id = ? "
                        + "WHERE customer_group_id = ?", updates);
            }
            return inserts.size() + updates.size();
        } catch (SQLException e) {
            throw failure("Cannot copy the customer groups", e);
        }
    }

    private static void writeGroups(Connection connection, String sql, List<MagentoGroup> groups)
            throws SQLException {
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
            List<String> keys = customers.stream().map(PulledCustomer::emailKey).distinct().toList();
            try (PreparedStatement select = connection.prepareStatement("SELECT entity_id, email_key, share_scope "
                    + "FROM customer_entity WHERE email_key IN (" + placeholders(keys.size()) + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    select.setString(i + 1, keys.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        emails.put(LocalCustomers.emailKey(row.getString(2), row.getInt(3)), row.getLong(1));
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
        try (Connection connection = dataSource.get().getConnection()) {
            if (!updates.isEmpty()) {
                long[] ids = updates.stream().mapToLong(PulledCustomer::id).toArray();
                deleteWhereIn(connection, "DELETE FROM customer_address_entity WHERE parent_id IN", ids);
                writeCustomers(connection, "UPDATE customer_entity SET " + CUSTOMER_COLUMNS.replace(",", " = ?,")
                        + " = ?, version = version + 1 WHERE entity_id = ?", updates);
                writeCopies(connection, "UPDATE magento_customer_copy SET fingerprint = ? WHERE entity_id = ?", updates);
            }
            if (!inserts.isEmpty()) {
                writeCustomers(connection, "INSERT INTO customer_entity (" + CUSTOMER_COLUMNS + ", entity_id) VALUES ("
                        + placeholders(CUSTOMER_VALUES + 1) + ")", inserts);
                writeCopies(connection, "INSERT INTO magento_customer_copy (fingerprint, entity_id) VALUES (?, ?)",
                        inserts);
            }
            List<PulledCustomer> all = new ArrayList<>(updates);
            all.addAll(inserts);
            writeAddresses(connection, all);
            RunProgress.write(connection, progress);
        } catch (SQLException e) {
            throw failure("Cannot write customers " + ids(inserts, updates), e);
        }
    }

    private static void writeCustomers(Connection connection, String sql, List<PulledCustomer> customers)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PulledCustomer c : customers) {
                Object[] values = {c.websiteId(), c.storeId(), c.groupId(), c.email(), c.emailKey(), c.shareScope(),
                        c.prefix(), c.firstname(), c.middlename(), c.lastname(), c.suffix(), c.dob(), c.gender(),
                        c.taxvat(), utc(c.createdAt()), utc(c.updatedAt()), c.createdIn(), c.passwordHash(),
                        c.confirmationHash(), c.disableAutoGroupChange(), c.defaultBilling(), c.defaultShipping(),
                        c.subscriberStatus(), c.failuresNum(), utc(c.firstFailure()), utc(c.lockExpires()), c.id()};
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void writeCopies(Connection connection, String sql, List<PulledCustomer> customers)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PulledCustomer c : customers) {
                statement.setString(1, c.fingerprint());
                statement.setLong(2, c.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void writeAddresses(Connection connection, List<PulledCustomer> customers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customer_address_entity (entity_id, "
                + "parent_id, position, country_id, region_id, region_code, region, street, company, telephone, fax, "
                + "postcode, city, firstname, lastname, middlename, prefix, suffix, vat_id) VALUES ("
                + placeholders(19) + ")")) {
            int count = 0;
            for (PulledCustomer c : customers) {
                for (PulledAddress a : c.addresses()) {
                    Object[] values = {a.id(), c.id(), a.position(), a.countryId(), a.regionId(), a.regionCode(),
                            a.region(), a.street(), a.company(), a.telephone(), a.fax(), a.postcode(), a.city(),
                            a.firstname(), a.lastname(), a.middlename(), a.prefix(), a.suffix(), a.vatId()};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                    count++;
                }
            }
            if (count > 0) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public long[] copiedIds() {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT entity_id FROM magento_customer_copy ORDER BY entity_id");
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
        try (Connection connection = dataSource.get().getConnection()) {
            deleteWhereIn(connection, "DELETE FROM customer_entity WHERE entity_id IN", ids);
            RunProgress.write(connection, progress);
        } catch (SQLException e) {
            throw failure("Cannot delete the customers Magento no longer has", e);
        }
    }

    @Override
    public void moveSequences() {
        try (Connection connection = dataSource.get().getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            for (int i = 0; i < SEQUENCES.length; i++) {
                long max = max(connection, TABLES[i]);
                if (postgres) {
                    moveOnPostgres(connection, SEQUENCES[i], max);
                } else {
                    moveOnH2(connection, SEQUENCES[i], max);
                }
            }
        } catch (SQLException e) {
            throw failure("Cannot move the id sequences", e);
        }
        forgetReservedIds();
    }

    /** EclipseLink keeps a block of ids per sequence in memory; the next account then fetches a fresh block. */
    @Override
    public void forgetReservedIds() {
        for (String sequence : SEQUENCES) {
            em.unwrap(JpaEntityManager.class).getServerSession().getSequencingControl()
                    .initializePreallocated(sequence);
        }
    }

    private static long max(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(entity_id), 0) FROM " + table);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** {@code setval(s, v)} makes the next value v + 50, and EclipseLink use the ids v + 1 to v + 50. */
    private static void moveOnPostgres(Connection connection, String sequence, long max) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("SELECT setval('" + sequence + "', GREATEST("
                + "(SELECT last_value FROM " + sequence + "), ?))")) {
            move.setLong(1, max);
            move.executeQuery().close();
        }
    }

    /** H2's next value becomes max + 50 (EclipseLink then uses max + 1 to max + 50), never lower than it was. */
    private static void moveOnH2(Connection connection, String sequence, long max) throws SQLException {
        long next;
        try (PreparedStatement select = connection.prepareStatement("SELECT BASE_VALUE FROM "
                + "INFORMATION_SCHEMA.SEQUENCES WHERE LOWER(SEQUENCE_NAME) = ?")) {
            select.setString(1, sequence);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                next = row.getLong(1);
            }
        }
        if (next < max + BLOCK) {
            try (PreparedStatement move = connection.prepareStatement(
                    "ALTER SEQUENCE " + sequence + " RESTART WITH " + (max + BLOCK))) {
                move.executeUpdate();
            }
        }
    }

    private static void deleteWhereIn(Connection connection, String sql, long[] ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql + " (" + placeholders(ids.length) + ")")) {
            for (int i = 0; i < ids.length; i++) {
                delete.setLong(i + 1, ids[i]);
            }
            delete.executeUpdate();
        }
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String ids(List<PulledCustomer> inserts, List<PulledCustomer> updates) {
        String all = java.util.stream.Stream.concat(inserts.stream(), updates.stream())
                .map(c -> Long.toString(c.id())).collect(Collectors.joining(", "));
        return all.length() > 200 ? all.substring(0, 200) + "…" : all;
    }

    private static MigrationFailure failure(String what, SQLException e) {
        return new MigrationFailure(what + ": " + e.getMessage(), e);
    }
}
