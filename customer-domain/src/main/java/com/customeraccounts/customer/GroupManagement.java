package com.customeraccounts.customer;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Customer groups: Magento's {@code GroupRepository} and {@code GroupManagement}. NOT LOGGED IN (0) and
 * the default group are read-only: they cannot be deleted.
 */
@ApplicationScoped
public class GroupManagement {

    static final String DUPLICATE_CODE = "Customer Group already exists.";
    static final String CANNOT_DELETE = "Cannot delete group.";
    static final int DEFAULT_TAX_CLASS = 3;

    private CustomerGroups groups;
    private StoreConfig config;
    private Stores stores;
    /** Null outside a container (unit tests): nothing is announced. */
    @Inject
    Event<CustomersRegrouped> regrouped;

    protected GroupManagement() {}

    @Inject
    public GroupManagement(CustomerGroups groups, StoreConfig config, Stores stores) {
        this.groups = groups;
        this.config = config;
        this.stores = stores;
    }

    @Transactional
    public CustomerGroup get(long id) {
        return find(id);
    }

    @Transactional
    public List<CustomerGroup> all() {
        return groups.all();
    }

    /**
     * {@code PUT /V1/customerGroups/default/:id}: the system default group
     * ({@code customer/create_account/default_group}).
     */
    @Transactional
    public int setDefault(long id) {
        CustomerGroup group = find(id);
        config.store(ConfigPath.DEFAULT_GROUP, Integer.toString(group.id().value()));
        return group.id().value();
    }

    /** {@code GET /V1/customerGroups/search}. */
    @Transactional
    public GroupPage search(SearchCriteria criteria) {
        GroupSearch.Page page = GroupSearch.search(groups.all(), criteria);
        return new GroupPage(page.items(), page.totalCount());
    }

    /** A page of groups and how many matched in all. */
    public record GroupPage(List<CustomerGroup> items, long totalCount) {}

    /** The group new customers of this store view join ({@code customer/create_account/default_group}). */
    @Transactional
    public CustomerGroup defaultGroup(StoreView store) {
        return find(config.intValue(ConfigPath.DEFAULT_GROUP, stores.requestWebsite(store)));
    }

    @Transactional
    public boolean isReadonly(long id) {
        CustomerGroup group = find(id);
        return group.id().value() == 0 || group.id().value() == config.intValue(ConfigPath.DEFAULT_GROUP);
    }

    @Transactional
    public CustomerGroup create(String code, Integer taxClassId) {
        requireUniqueCode(code, -1);
        return groups.create(code, taxClassId == null ? DEFAULT_TAX_CLASS : taxClassId);
    }

    @Transactional
    public CustomerGroup update(long id, String code, Integer taxClassId) {
        CustomerGroup existing = find(id);
        requireUniqueCode(code, id);
        CustomerGroup changed =
                new CustomerGroup(existing.id(), code, taxClassId == null ? existing.taxClassId() : taxClassId);
        groups.update(changed);
        return changed;
    }

    @Transactional
    public void delete(long id) {
        if (isReadonly(id)) {
            throw InputException.of(CANNOT_DELETE);
        }
        GroupId replacement = new GroupId(config.intValue(ConfigPath.DEFAULT_GROUP));
        List<CustomerId> moved = groups.delete(new GroupId((int) id), replacement);
        if (!moved.isEmpty() && regrouped != null) {
            regrouped.fire(new CustomersRegrouped(moved, replacement));
        }
    }

    private void requireUniqueCode(String code, long exceptId) {
        if (code == null || code.isEmpty()) {
            throw InputException.requiredField("code");
        }
        TextLength.GROUP_CODE.problem("code", code).ifPresent(tooLong -> {
            throw InputException.of(tooLong);
        });
        String wanted = code.toLowerCase(Locale.ROOT);
        boolean taken = groups.all().stream()
                .anyMatch(g -> g.id().value() != exceptId
                        && g.code().toLowerCase(Locale.ROOT).equals(wanted));
        if (taken) {
            throw InputException.of(Phrase.of(DUPLICATE_CODE));
        }
    }

    private CustomerGroup find(long id) {
        return (id >= 0 && id <= Integer.MAX_VALUE
                        ? groups.find(new GroupId((int) id))
                        : java.util.Optional.<CustomerGroup>empty())
                .orElseThrow(() -> NoSuchEntityException.singleField("id", id));
    }
}
