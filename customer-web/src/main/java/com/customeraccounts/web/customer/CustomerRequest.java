package com.customeraccounts.web.customer;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.web.json.InputLimits;
import jakarta.json.JsonObject;

/** The {@code customer} parameter of a save or validate request. */
final class CustomerRequest {

    private CustomerRequest() {}

    static CustomerDraft from(JsonObject body, InputLimits limits) {
        return NewAccountRequest.customer(body, limits);
    }
}
