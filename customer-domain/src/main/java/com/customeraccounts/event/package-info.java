/**
 * Account events out: what the operator's webhook endpoints were sent about each customer, and how each
 * delivery stands. The events themselves are written and delivered by the notification module.
 */
package com.customeraccounts.event;
