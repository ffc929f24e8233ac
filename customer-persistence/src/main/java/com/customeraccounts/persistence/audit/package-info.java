/** {@code customer_audit} through plain JDBC. */
package com.customeraccounts.persistence.audit;
