package com.customeraccounts.persistence.customer;

import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.GroupId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerGroups implements CustomerGroups {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    CustomerCache cache;

    @Override
    public boolean exists(GroupId id) {
        return em.find(CustomerGroupEntity.class, id.value()) != null;
    }

    @Override
    public Optional<CustomerGroup> find(GroupId id) {
        return Optional.ofNullable(em.find(CustomerGroupEntity.class, id.value()))
                .map(JpaCustomerGroups::toDomain);
    }

    @Override
    public List<CustomerGroup> all() {
        return em.createQuery("SELECT g FROM CustomerGroupEntity g ORDER BY g.id", CustomerGroupEntity.class)
                .getResultStream()
                .map(JpaCustomerGroups::toDomain)
                .toList();
    }

    /** Groups are few and created rarely by admins: the next id is one past the highest. */
    @Override
    public CustomerGroup create(String code, int taxClassId) {
        Integer max = em.createQuery("SELECT MAX(g.id) FROM CustomerGroupEntity g", Integer.class)
                .getSingleResult();
        CustomerGroupEntity entity = new CustomerGroupEntity();
        entity.id = (max == null ? 0 : max) + 1;
        CustomerGroup group = new CustomerGroup(new GroupId(entity.id), code, taxClassId);
        entity.code = group.code();
        entity.taxClassId = taxClassId;
        em.persist(entity);
        em.flush();
        return group;
    }

    @Override
    public void update(CustomerGroup group) {
        CustomerGroupEntity entity =
                em.find(CustomerGroupEntity.class, group.id().value());
        entity.code = group.code();
        entity.taxClassId = group.taxClassId();
    }

    @Override
    public List<CustomerId> delete(GroupId id, GroupId replacement) {
        List<CustomerId> moved = em.createQuery(
                        "SELECT c.id FROM CustomerEntity c WHERE c.groupId = :group ORDER BY c.id", Long.class)
                .setParameter("group", id.value())
                .getResultStream()
                .map(CustomerId::new)
                .toList();
        cache.forgetAll();
        em.createQuery("UPDATE CustomerEntity c SET c.groupId = :replacement WHERE c.groupId = :group")
                .setParameter("replacement", replacement.value())
                .setParameter("group", id.value())
                .executeUpdate();
        CustomerGroupEntity entity = em.find(CustomerGroupEntity.class, id.value());
        if (entity != null) {
            em.remove(entity);
        }
        em.flush();
        return moved;
    }

    private static CustomerGroup toDomain(CustomerGroupEntity e) {
        return new CustomerGroup(new GroupId(e.id), e.code, e.taxClassId);
    }
}
