/**
 * How passwords are kept: this service's bcrypt, and every hash Magento ever wrote, verified for the customers
 * brought over and replaced at their first sign-in. Below sign-in ({@code access}) and the account use cases.
 */
package com.customeraccounts.password;
