/**
 * What this instance keeps in memory of what it read from the database, forgotten by every change to it: on a
 * single instance alone on its database, where every change is made here, or on a cluster's members, which
 * tell each other of their changes through the data grid and hold leases in the database.
 */
package com.customeraccounts.persistence.cache;
