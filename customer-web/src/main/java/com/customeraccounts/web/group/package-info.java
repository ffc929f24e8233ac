/** {@code /V1/customerGroups}: Magento's customer group routes. */
package com.customeraccounts.web.group;
