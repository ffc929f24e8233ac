/** Account records that are not part of the customer aggregate: password reset requests. */
package com.customeraccounts.persistence.account;
