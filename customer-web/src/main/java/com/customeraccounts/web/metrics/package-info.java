/**
 * The service's application metrics (MicroProfile Metrics, at Payara's {@code /metrics}): the account events
 * of the domain counted after they commit, the rate-limit refusals, and a timer per REST route and status
 * class. No tag carries what a caller sent: routes are templates, outcomes and limits are fixed names.
 */
package com.customeraccounts.web.metrics;
