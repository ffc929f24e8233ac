/**
 * Magento's input binding ({@code ServiceInputProcessor}) and output shaping: snake_case keys matched to
 * the data interface's properties, Magento's type conversions and messages, and output keys in the
 * interface's order with nulls left out.
 */
package com.customeraccounts.web.json;
