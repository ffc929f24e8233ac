package com.customeraccounts.account;

import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.GroupId;
import java.util.List;
import java.util.Optional;

/** Magento's seeded groups 0..3. */
final class ExistingGroups implements CustomerGroups {
    @Override
    public boolean exists(GroupId id) {
        return id.value() >= 0 && id.value() <= 3;
    }

    @Override
    public Optional<CustomerGroup> find(GroupId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerGroup> all() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CustomerGroup create(String code, int taxClassId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void update(CustomerGroup group) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CustomerId> delete(GroupId id, GroupId replacement) {
        throw new UnsupportedOperationException();
    }
}
