/**
 * Who is calling and what they may do: guests, customers and administrators holding Magento ACL resources,
 * and the opaque bearer tokens that identify them (stored only as hashes).
 */
package com.customeraccounts.access;
