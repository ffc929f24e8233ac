/** Magento's token routes: {@code /V1/integration/admin/token}, {@code /V1/integration/customer/token} and its revocation. */
package com.customeraccounts.web.token;
