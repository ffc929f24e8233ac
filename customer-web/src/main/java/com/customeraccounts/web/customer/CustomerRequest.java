package com.customeraccounts.web.customer;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.error.InputException;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The {@code customer} parameter of a save or validate request. */
final class CustomerRequest {

    private CustomerRequest() {
    }

    static CustomerDraft from(JsonObject body, InputLimits limits) {
        JsonValue customer = Parameter.value(body, "customer");
        if (customer == null) {
            throw InputException.requiredField("customer");
        }
        return NewAccountRequest.customer(customer instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, limits);
    }
}
