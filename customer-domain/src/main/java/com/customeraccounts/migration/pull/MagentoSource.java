package com.customeraccounts.migration.pull;

import java.time.Instant;
import java.util.List;

/**
 * A read-only session on a Magento database. Every failure is a {@link MigrationFailure} whose message
 * holds no credential.
 */
public interface MagentoSource extends AutoCloseable {

    /** Magento's database clock, in UTC: the deltas compare Magento's timestamps with Magento's clock. */
    Instant now();

    MagentoScopes scopes();

    List<MagentoGroup> groups();

    long countCustomers();

    /** Up to {@code limit} customers with an entity id above {@code afterId}, in id order. */
    List<MagentoCustomer> customersAfter(long afterId, int limit);

    /** These customers (those that still exist), in id order. */
    List<MagentoCustomer> customers(long[] ids);

    /** The shop's own customer and address attributes ({@code is_user_defined}), with their options. */
    List<MagentoAttribute> attributes();

    /** The values of the shop's own attributes for these customers and their addresses. */
    MagentoAttributeValues attributeValues(List<MagentoCustomer> customers);

    /** Every customer's entity id, ascending. */
    long[] customerIds();

    /** Every address's entity id, ascending. */
    long[] addressIds();

    /**
     * The customers whose row, one of whose addresses or whose newsletter subscription changed at or after
     * {@code since}, ascending and distinct.
     */
    long[] changedSince(Instant since);

    @Override
    void close();
}
