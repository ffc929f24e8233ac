/** {@code idempotency_key} through plain JDBC. */
package com.customeraccounts.persistence.idempotency;
