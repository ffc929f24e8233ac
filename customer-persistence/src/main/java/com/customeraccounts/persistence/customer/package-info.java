/** Customers, addresses and groups in JPA: entities shaped like Magento's tables, mapped to the aggregate. */
package com.customeraccounts.persistence.customer;
