package com.customeraccounts.persistence.customer;

import com.customeraccounts.persistence.database.IdBlock;
import com.customeraccounts.persistence.database.LazyDataSource;
import com.customeraccounts.persistence.database.Sequences;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The ids this instance has reserved for new customers and addresses, a block of each sequence at a time.
 * It stands in for EclipseLink's own preallocation, which takes a lock built for its object graphs on every
 * id (a tenth of a registration's time under load); the blocks are the same, so either may hand them out.
 */
@ApplicationScoped
public class ReservedIds {

    private final LazyDataSource dataSource;
    private final IdBlock customers = new IdBlock(() -> take(Sequences.CUSTOMER));
    private final IdBlock addresses = new IdBlock(() -> take(Sequences.ADDRESS));

    public ReservedIds() {
        this(null);
    }

    /** Ids from the sequences of {@code dataSource}; null, the application's. */
    public ReservedIds(DataSource dataSource) {
        this.dataSource = new LazyDataSource(dataSource);
    }

    public long customerId() {
        return customers.next();
    }

    public long addressId() {
        return addresses.next();
    }

    /** After a migration moved the sequences, the ids reserved before may be taken: reserve new ones. */
    public void forget() {
        customers.forget();
        addresses.forget();
    }

    private long take(String sequence) {
        try (Connection connection = dataSource.get().getConnection()) {
            return new Sequences(connection).next(sequence);
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for " + sequence + ": " + e.getMessage(), e);
        }
    }
}
