package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.AddressId;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.DuplicateEmailException;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.persistence.access.TokenCache;
import com.customeraccounts.persistence.database.SqlErrors;
import com.customeraccounts.store.ShareScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    TokenCache tokens;

    @Inject
    CustomerCache cache;

    @Inject
    CommittedCustomerReads committed;

    @Inject
    ReservedIds ids;

    @Override
    public CustomerId nextId() {
        return new CustomerId(ids.customerId());
    }

    @Override
    public AddressId nextAddressId() {
        return new AddressId(ids.addressId());
    }

    @Override
    public void add(Customer customer) {
        // nothing to forget: only customers that exist are kept, and a new id was never one
        em.persist(CustomerMapper.toEntity(customer));
        flush();
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateEmailException(e);
            }
            throw e;
        }
    }

    @Override
    public void update(Customer customer) {
        CustomerEntity entity = em.find(CustomerEntity.class, customer.id().value());
        if (entity == null) {
            throw new IllegalStateException("customer " + customer.id().value() + " is gone");
        }
        cache.forget(customer.id().value());
        CustomerMapper.update(customer, entity);
        flush();
    }

    @Override
    public void delete(CustomerId id) {
        CustomerEntity entity = em.find(CustomerEntity.class, id.value());
        if (entity != null) {
            // the database deletes its tokens with it
            tokens.forgetCustomer(id.value());
            cache.forget(id.value());
            em.remove(entity);
            em.flush();
        }
    }

    @Override
    public Optional<Customer> findByAddress(AddressId id) {
        return Optional.ofNullable(em.find(AddressEntity.class, id.value()))
                .map(address -> CustomerMapper.toDomain(address.customer));
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return CustomerLoader.loadOne(em, id);
    }

    @Override
    public Optional<Customer> findCommitted(CustomerId id) {
        if (!cache.usableHere()) {
            return find(id);
        }
        CustomerSnapshot kept = cache.get(id.value());
        if (kept != null) {
            return Optional.of(Customer.restore(kept));
        }
        long stamp = cache.stamp();
        Optional<Customer> read = committed.find(id);
        read.ifPresent(customer -> cache.keep(customer.snapshot(), stamp));
        return read;
    }

    @Override
    public Optional<Customer> findForUpdate(CustomerId id) {
        CustomerEntity entity = em.find(CustomerEntity.class, id.value());
        if (entity == null) {
            return Optional.empty();
        }
        // refreshed, not only locked: the copy in this persistence context may be older than the row
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(CustomerMapper.toDomain(entity));
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email, ShareScope shareScope) {
        return em.createQuery(
                        "SELECT c FROM CustomerEntity c WHERE c.emailKey = :key AND c.shareScope = :scope",
                        CustomerEntity.class)
                .setParameter("key", email.key())
                .setParameter("scope", shareScope.value())
                .getResultStream()
                .findFirst()
                .map(CustomerMapper::toDomain);
    }

    @Override
    public boolean emailExists(String emailKey, ShareScope shareScope) {
        // used as it is named (CustomerEntity says why); no row limit is needed: the unique index allows one row
        return !em.createNamedQuery(CustomerEntity.EMAIL_TAKEN, Long.class)
                .setParameter("key", emailKey)
                .setParameter("scope", shareScope.value())
                .getResultList()
                .isEmpty();
    }
}
