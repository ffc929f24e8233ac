/** Events of the service's own life, for modules that must act when it starts. */
package com.customeraccounts.lifecycle;
