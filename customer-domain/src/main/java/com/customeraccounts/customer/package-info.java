/**
 * The customer aggregate: a customer account with its addresses, the value objects it is made of, the
 * rules that guard it, its repository port and the events it gives rise to.
 */
package com.customeraccounts.customer;
