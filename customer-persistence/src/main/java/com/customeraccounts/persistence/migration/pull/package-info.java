/**
 * The Magento pull's adapters: {@link com.customeraccounts.persistence.migration.pull.JdbcMagentoSource} reads
 * the shop's MySQL/MariaDB database through the MariaDB driver, {@link
 * com.customeraccounts.persistence.migration.pull.JdbcMigrationTarget} writes the copies here in JDBC batches
 * (no entity manager: a pull writes hundreds of thousands of rows), {@link
 * com.customeraccounts.persistence.migration.pull.JdbcMigrationRuns} keeps the runs.
 */
package com.customeraccounts.persistence.migration.pull;
