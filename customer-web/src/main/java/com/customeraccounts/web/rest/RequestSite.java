package com.customeraccounts.web.rest;

import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.web.json.InputLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where a request runs: the store view of its path, that store's website, and the website's input limits. */
@RequestScoped
public class RequestSite {

    @Inject
    HttpServletRequest request;

    @Inject
    Stores stores;

    @Inject
    StoreConfig config;

    public StoreView store() {
        return RequestStore.of(request);
    }

    public Website website() {
        return stores.requestWebsite(store());
    }

    public InputLimits limits() {
        return InputLimits.of(config, website());
    }
}
