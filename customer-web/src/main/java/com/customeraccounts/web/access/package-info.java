/** Who is calling (bearer tokens), and {@code /V1/integration/admin/token}. */
package com.customeraccounts.web.access;
