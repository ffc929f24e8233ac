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
    void delete(GroupId id, GroupId replacement);
}
