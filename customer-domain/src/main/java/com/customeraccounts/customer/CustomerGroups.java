package com.customeraccounts.customer;

/** The customer groups that exist. */
public interface CustomerGroups {

    boolean exists(GroupId id);
}
