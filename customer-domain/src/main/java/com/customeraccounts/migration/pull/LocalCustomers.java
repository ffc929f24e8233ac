package com.customeraccounts.migration.pull;

import com.customeraccounts.store.ShareScope;
import java.util.Map;
import java.util.Set;

/**
 * What this service already holds of a batch's customers.
 *
 * @param fingerprints the copies made from Magento earlier, by entity id
 * @param takenIds entity ids held by accounts created here, not copied from Magento
 * @param emailOwners the entity id holding each (email key, share scope) of the batch, keyed by {@link #emailKey}
 */
public record LocalCustomers(Map<Long, String> fingerprints, Set<Long> takenIds, Map<String, Long> emailOwners) {

    public static String emailKey(String emailKey, ShareScope shareScope) {
        return shareScope.value() + " " + emailKey;
    }
}
