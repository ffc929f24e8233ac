/** The service's health checks of its own (liveness, start-up); readiness checks live with what they check. */
package com.customeraccounts.web.health;
