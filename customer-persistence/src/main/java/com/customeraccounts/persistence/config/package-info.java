/** MicroProfile Config behind the domain's {@code ConfigValues} port. */
package com.customeraccounts.persistence.config;
