/** {@code /V1/directory/countries}: the countries a store allows, with their regions and Magento's region ids. */
package com.customeraccounts.web.directory;
