/** {@code /V1/store/*}: the store hierarchy, in Magento's shapes. */
package com.customeraccounts.web.store;
