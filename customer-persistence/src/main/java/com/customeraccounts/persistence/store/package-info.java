/** Reads the store hierarchy from {@code stores.file}, or gives Magento's default one. */
package com.customeraccounts.persistence.store;
