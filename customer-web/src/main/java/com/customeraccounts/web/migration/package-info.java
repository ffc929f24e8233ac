/**
 * {@code POST /V1/import/csv}, Magento's CSV import API ({@code Magento_ImportCsvApi}): the JSON body streamed,
 * its base64 {@code csv_data} decoded into a spool file as it arrives, then one call to the import;
 * the Magento pull's routes ({@code /V1/migration/runs}, ACL {@code Magento_Customer::manage}) and the
 * threads its runs work on.
 */
package com.customeraccounts.web.migration;
