/** Readiness of what this module owns: the database and its schema. */
package com.customeraccounts.persistence.health;
