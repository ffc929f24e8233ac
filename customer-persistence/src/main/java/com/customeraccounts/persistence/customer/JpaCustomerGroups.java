package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.GroupId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaCustomerGroups implements CustomerGroups {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Override
    public boolean exists(GroupId id) {
        return em.find(CustomerGroupEntity.class, id.value()) != null;
    }
}
