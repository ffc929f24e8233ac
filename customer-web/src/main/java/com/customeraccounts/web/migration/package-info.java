/**
 * The Magento pull's routes ({@code /V1/migration/runs}, ACL {@code Magento_Customer::manage}) and the
 * threads its runs work on.
 */
package com.customeraccounts.web.migration;
