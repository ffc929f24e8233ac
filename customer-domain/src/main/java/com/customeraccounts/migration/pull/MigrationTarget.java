package com.customeraccounts.migration.pull;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This service's side of a pull. Every write commits together with its {@link Progress}, and fails with
 * {@link RunLost} (writing nothing) when another instance has taken the run over. Other failures are
 * {@link MigrationFailure}s.
 */
public interface MigrationTarget {

    /** Writes Magento's groups by id (code and tax class), unless {@code dryRun}; answers how many changed. */
    int copyGroups(List<MagentoGroup> groups, boolean dryRun);

    Set<Integer> groupIds();

    LocalCustomers local(List<PulledCustomer> customers);

    /** Inserts new copies, replaces changed ones (with all their addresses), records rejections and progress. */
    void write(Progress progress, List<PulledCustomer> inserts, List<PulledCustomer> updates);

    /** The customers copied from Magento, ascending. */
    long[] copiedIds();

    /** The addresses of the customers copied from Magento: address id to customer id. */
    Map<Long, Long> copiedAddresses();

    /** Deletes these copies (their addresses and tokens with them). */
    void delete(Progress progress, long[] ids);

    /**
     * Moves the id sequences past the highest customer and address id, and drops the ids this instance
     * reserved below them, so that no account created here afterwards takes an imported id.
     */
    void moveSequences();

    /** Drops the ids this instance reserved for new accounts: another instance's pull may have used them. */
    void forgetReservedIds();
}
