package com.customeraccounts.customer;

import com.customeraccounts.store.ShareScope;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    CustomerId nextId();

    AddressId nextAddressId();

    /**
     * Stores a new customer.
     *
     * @throws DuplicateEmailException when another customer holds the same email in the same sharing scope,
     *                                 including one stored concurrently
     */
    void add(Customer customer);

    /**
     * Stores an existing customer's changes.
     *
     * @throws DuplicateEmailException as {@link #add}
     */
    void update(Customer customer);

    void delete(CustomerId id);

    Optional<Customer> find(CustomerId id);

    /**
     * The customer as last committed, for a caller outside a transaction that only shows it: possibly what
     * this instance kept of an earlier read, never older than a change that has committed. Inside a
     * transaction, {@link #find}.
     */
    default Optional<Customer> findCommitted(CustomerId id) {
        return find(id);
    }

    /**
     * The customer as stored now, locked until the transaction ends: for changes that must not be lost
     * to a concurrent one, such as counting failed sign-ins.
     */
    Optional<Customer> findForUpdate(CustomerId id);

    /** The customer owning this address. */
    Optional<Customer> findByAddress(AddressId id);

    /** The customer with this email (in any letter case) in the given sharing scope. */
    Optional<Customer> findByEmail(EmailAddress email, ShareScope shareScope);

    boolean emailExists(String emailKey, ShareScope shareScope);
}
