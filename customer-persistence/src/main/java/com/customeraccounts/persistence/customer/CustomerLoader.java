package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads customers whole in three statements however many they are and however many addresses they have (three
 * more per thousand customers): the customers with their addresses, then their declared values and their
 * addresses'. The lazy collections would cost a statement per customer and per address.
 */
final class CustomerLoader {

    private static final int LOAD_SLICE = 1000;

    private CustomerLoader() {}

    /** The customer with this id, with its addresses and the declared values of both. */
    static Optional<Customer> loadOne(EntityManager em, CustomerId id) {
        return load(em, List.of(id.value())).stream().findFirst();
    }

    /**
     * The customers with these ids, with their addresses and the declared values of both, in the order of the ids.
     */
    static List<Customer> load(EntityManager em, List<Long> ids) {
        Map<Long, CustomerEntity> byId = new LinkedHashMap<>();
        CustomerMapper.Values values = new CustomerMapper.Values(new HashMap<>(), new HashMap<>());
        // in slices: without a page size there may be more ids than PostgreSQL takes parameters (32,767)
        for (int from = 0; from < ids.size(); from += LOAD_SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + LOAD_SLICE));
            // a fetch join ignores @OrderBy: the positions are ordered here (EclipseLink allows the alias)
            for (CustomerEntity e : em.createQuery(
                            "SELECT c FROM CustomerEntity c LEFT JOIN FETCH c.addresses a "
                                    + "WHERE c.id IN :ids ORDER BY c.id, a.position",
                            CustomerEntity.class)
                    .setParameter("ids", slice)
                    .getResultList()) {
                byId.put(e.id, e);
            }
            // the lazy collections would cost a statement per customer and per address
            readValues(
                    em,
                    "SELECT c.id, v.code, v.value FROM CustomerEntity c JOIN c.attributes v WHERE c.id IN :ids",
                    slice,
                    values.customers());
            readValues(
                    em,
                    "SELECT a.id, v.code, v.value FROM AddressEntity a JOIN a.attributes v "
                            + "WHERE a.customer.id IN :ids",
                    slice,
                    values.addresses());
        }
        List<Customer> customers = new ArrayList<>(ids.size());
        for (Long id : ids) {
            CustomerEntity e = byId.get(id);
            // deleted between the two statements
            if (e != null) {
                customers.add(CustomerMapper.toDomain(e, values));
            }
        }
        return customers;
    }

    private static void readValues(EntityManager em, String jpql, List<Long> ids, Map<Long, Map<String, String>> into) {
        for (Object[] row :
                em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            into.computeIfAbsent((Long) row[0], owner -> new HashMap<>()).put((String) row[1], (String) row[2]);
        }
    }
}
