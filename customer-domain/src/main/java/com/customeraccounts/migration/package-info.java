/**
 * Bringing a shop's customers over from Magento: Magento's CSV import ({@code POST /V1/import/csv}, entities
 * {@code customer}, {@code customer_address} and {@code customer_composite}) with Magento's column meaning,
 * validation rules and messages, and the port ({@link com.customeraccounts.migration.CustomerTables}) through
 * which migrations write customer and address rows straight into the tables, in batches, without the
 * aggregate's use cases: an imported customer raises no event and gets no email.
 */
package com.customeraccounts.migration;
