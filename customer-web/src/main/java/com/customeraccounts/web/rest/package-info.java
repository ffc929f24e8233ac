/** The JAX-RS application and the request pipeline: store codes in paths, request bodies, callers. */
package com.customeraccounts.web.rest;
