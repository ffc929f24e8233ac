/**
 * The account's history: an append-only trail of what happened to each account, who did it (the customer,
 * an admin user, an integration, a guest), from which client address, in which request. Written in the
 * transaction of the change, so there is no change without its entry and no entry without its change; it
 * names the fields changed, never their values, and never a password, hash, token or key.
 */
package com.customeraccounts.audit;
