/**
 * Account use cases: registering a customer (Magento's {@code createAccount}), and the password rules and
 * hashing they share. Each use case is one transaction.
 */
package com.customeraccounts.account;
