/**
 * The direct pull of a Magento shop's customers from its database, and the delta sync that keeps pulling
 * what changed until cut-over: runs and their phases, checkpoints and counters, and the rules that turn a
 * Magento row into this service's (or reject it with a reason). Reading Magento and writing here are
 * behind {@link com.customeraccounts.migration.pull.MagentoSource} and
 * {@link com.customeraccounts.migration.pull.MigrationTarget}.
 */
package com.customeraccounts.migration.pull;
