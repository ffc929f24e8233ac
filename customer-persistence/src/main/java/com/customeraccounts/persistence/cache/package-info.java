/**
 * What this instance keeps in memory of what it read from the database, forgotten by every change to it: a
 * single instance only, where every change is made here.
 */
package com.customeraccounts.persistence.cache;
