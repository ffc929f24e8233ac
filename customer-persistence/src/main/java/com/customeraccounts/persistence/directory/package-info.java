/** Reads Magento's countries and regions, with Magento's region ids, from the bundled CSV files. */
package com.customeraccounts.persistence.directory;
