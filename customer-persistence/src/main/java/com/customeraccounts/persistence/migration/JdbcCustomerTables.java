package com.customeraccounts.persistence.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.audit.CustomersMigrated;
import com.customeraccounts.migration.AddressRow;
import com.customeraccounts.migration.CustomerRow;
import com.customeraccounts.migration.CustomerTables;
import com.customeraccounts.persistence.customer.ReservedIds;
import com.customeraccounts.persistence.database.IdBlock;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link CustomerTables} by plain JDBC on a connection of the caller's (JTA) transaction, so that what a
 * migration writes commits or rolls back with it. Ids for new rows come from the sequences in the
 * object mapper's blocks; before ids are written explicitly, the sequence moves past them and this
 * instance forgets the ids it had reserved ahead ({@link ReservedIds}), so it never hands one of them out again.
 */
@ApplicationScoped
public class JdbcCustomerTables implements CustomerTables {

    /** Null outside a container (tests): nothing is announced. */
    @Inject
    Event<CustomersMigrated> migrated;

    /** Null outside a container (tests): the system clock. */
    @Inject
    Clock clock;

    /** Null outside a container (tests): nothing is kept. */
    @Inject
    KeptCustomers kept;

    /** Null outside a container (tests): no ids are reserved ahead. */
    @Inject
    ReservedIds reserved;

    private final LazyDataSource dataSource;

    public JdbcCustomerTables() {
        this(null);
    }

    public JdbcCustomerTables(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    @Override
    public Batch open() {
        if (kept != null) {
            kept.forgetAll();
        }
        try {
            return new JdbcBatch(dataSource.get().getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection: " + e.getMessage(), e);
        }
    }

    private void forgetReservedIds() {
        if (reserved != null) {
            reserved.forget();
        }
    }

    private final class JdbcBatch implements Batch {

        private final Connection connection;
        private final CustomerRowWriter writer;
        private final CustomerRowReader reader;
        private final Sequences sequences;
        private final IdBlock customerIds;
        private final IdBlock addressIds;

        JdbcBatch(Connection connection) {
            this.connection = connection;
            this.writer = new CustomerRowWriter(connection, clock == null ? Clock.systemUTC() : clock);
            this.reader = new CustomerRowReader(connection);
            this.sequences = new Sequences(connection);
            this.customerIds = new IdBlock(() -> sequences.next(Sequences.CUSTOMER));
            this.addressIds = new IdBlock(() -> sequences.next(Sequences.ADDRESS));
        }

        @Override
        public List<CustomerRow> customersByEmail(Collection<EmailKey> keys) {
            flushWriter();
            List<String> emailKeys =
                    keys.stream().map(EmailKey::emailKey).distinct().toList();
            List<CustomerRow> found = new ArrayList<>();
            for (CustomerRow row : reader.customersByEmailKey(emailKeys)) {
                if (keys.contains(new EmailKey(row.emailKey(), row.shareScope()))) {
                    found.add(row);
                }
            }
            return found;
        }

        @Override
        public List<AddressRow> addressesById(Collection<Long> ids) {
            flushWriter();
            return reader.addresses("entity_id", ids);
        }

        @Override
        public List<AddressRow> addressesOf(Collection<Long> customerIds) {
            flushWriter();
            return reader.addresses("parent_id", customerIds);
        }

        @Override
        public long nextCustomerId() {
            return customerIds.next();
        }

        @Override
        public long nextAddressId() {
            return addressIds.next();
        }

        @Override
        public void reserveAddressIdsUpTo(long highest) {
            sequences.moveAbove(Sequences.ADDRESS, highest);
            forgetReservedIds();
        }

        @Override
        public void reserveCustomerIdsUpTo(long highest) {
            sequences.moveAbove(Sequences.CUSTOMER, highest);
            forgetReservedIds();
        }

        @Override
        public void insertCustomer(CustomerRow customer) {
            writer.insertCustomer(customer);
        }

        @Override
        public void updateCustomer(CustomerRow customer) {
            writer.updateCustomer(customer);
        }

        @Override
        public void deleteCustomer(long customerId) {
            writer.deleteCustomer(customerId);
        }

        @Override
        public void insertAddress(AddressRow address) {
            writer.insertAddress(address);
        }

        @Override
        public void updateAddress(AddressRow address) {
            writer.updateAddress(address);
        }

        @Override
        public void deleteAddress(long addressId) {
            writer.deleteAddress(addressId);
        }

        @Override
        public void setAttributes(AttributeEntity entity, long ownerId, Map<String, String> set, Set<String> cleared) {
            writer.setAttributes(entity, ownerId, set, cleared);
        }

        @Override
        public void flush() {
            flushWriter();
        }

        private void flushWriter() {
            CustomersMigrated flushed = writer.flush();
            if (!flushed.isEmpty() && migrated != null) {
                migrated.fire(flushed);
            }
        }

        @Override
        public void close() {
            try {
                flushWriter();
            } finally {
                writer.close();
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // returned to the pool with the transaction
                }
            }
        }
    }
}
