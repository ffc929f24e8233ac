/** {@code /V1/customers}: Magento's customer data shapes and the account routes. */
package com.customeraccounts.web.customer;
