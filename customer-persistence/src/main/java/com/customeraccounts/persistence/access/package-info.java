/** Admin users and issued tokens in JPA. */
package com.customeraccounts.persistence.access;
