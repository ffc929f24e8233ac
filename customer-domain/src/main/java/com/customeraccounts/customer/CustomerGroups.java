package com.customeraccounts.customer;

import java.util.List;
import java.util.Optional;

/** The customer groups that exist. */
public interface CustomerGroups {

    boolean exists(GroupId id);

    Optional<CustomerGroup> find(GroupId id);

    List<CustomerGroup> all();

    /** Stores a new group under the next free id. */
    CustomerGroup create(String code, int taxClassId);

    void update(CustomerGroup group);

    /** Deletes the group, moving its customers to {@code replacement}. */
    /** Deletes the group, its customers moved to {@code replacement}; returns the customers moved. */
    List<CustomerId> delete(GroupId id, GroupId replacement);
}
