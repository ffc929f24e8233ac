/** Events of the service's own life, for modules that must act when it starts or stops. */
package com.customeraccounts.lifecycle;
