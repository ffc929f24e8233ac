/**
 * Customer and address rows written straight into {@code customer_entity} and {@code customer_address_entity}
 * by plain JDBC batches, for migrations (Magento's CSV import): one writer for a customer row and its
 * addresses ({@link com.customeraccounts.persistence.migration.CustomerRowWriter}), the look-ups an import
 * needs, and the sequences moved past ids written explicitly.
 */
package com.customeraccounts.persistence.migration;
