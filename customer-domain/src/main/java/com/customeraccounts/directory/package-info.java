/**
 * Magento's directory: countries and their regions, with Magento's own region ids (clients send
 * {@code region_id}), and the address rules that depend on them.
 */
package com.customeraccounts.directory;
