package com.customeraccounts.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Magento's REST base path: {@code /rest/V1/...} and {@code /rest/<store code>/V1/...}. */
@ApplicationPath("rest")
public class RestApplication extends Application {}
