/**
 * Magento's store hierarchy: websites, store groups and store views. Customers belong to a website and a
 * store view; the store code in a REST path selects the store view a request runs in.
 */
package com.customeraccounts.store;
