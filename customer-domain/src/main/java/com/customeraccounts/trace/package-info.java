/**
 * What ties the work a request causes together: its {@link com.customeraccounts.trace.RequestId} and, once
 * known, the calling customer, kept per thread by {@link com.customeraccounts.trace.RequestContext} for the
 * log and the outbox. Pure Java, so that every module can read it without knowing the web layer.
 */
package com.customeraccounts.trace;
