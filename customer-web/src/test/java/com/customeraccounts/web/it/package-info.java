/**
 * System tests: the packaged WAR in a real Payara Micro, driven over HTTP like a Magento client, on H2 and
 * (in a second run) on an embedded PostgreSQL that the build starts itself.
 */
package com.customeraccounts.web.it;
