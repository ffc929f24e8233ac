/**
 * Account emails. This module reacts to the domain's events (such as
 * {@link com.customeraccounts.customer.CustomerRegistered}) and is never called directly.
 */
package com.customeraccounts.notification;
