/**
 * Deleting the rows that have served their purpose, so that the database keeps no more about customers'
 * sign-ins and resets than the service still needs.
 */
package com.customeraccounts.persistence.retention;
