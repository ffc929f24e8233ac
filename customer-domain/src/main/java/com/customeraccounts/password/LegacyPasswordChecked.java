package com.customeraccounts.password;

/**
 * A password was checked against a hash Magento wrote, and, when it matched, the hash was replaced by this
 * service's own. Fired in the checking transaction; it tells how far the move off Magento's hashes has come.
 */
public record LegacyPasswordChecked(boolean matched, boolean upgraded) {}
