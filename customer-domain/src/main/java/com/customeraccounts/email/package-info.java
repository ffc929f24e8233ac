/**
 * What the service tells about the emails it sends a customer: a read-only port, answered by the module
 * that delivers them. The emails themselves are decided by that module when it observes the domain's
 * events.
 */
package com.customeraccounts.email;
