/** Who is calling: OAuth 1.0a signatures and bearer tokens, and the service start-up. */
package com.customeraccounts.web.access;
