/**
 * What every response on the wire shares, below the binder, the error bodies and the REST plumbing that all
 * use it: Magento's media type and the one JSON provider.
 */
package com.customeraccounts.web.wire;
