/** The clock the use cases read, so that tests can move time. */
package com.customeraccounts.time;
