package com.customeraccounts.web.customer;

import com.customeraccounts.account.AccountRegistration;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** {@code customerAccountManagementV1}: the account routes under {@code /V1/customers}. */
@Path("V1/customers")
@RequestScoped
public class CustomersResource {

    @Inject
    AccountRegistration registration;

    @Inject
    Callers callers;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** {@code customerAccountManagementV1CreateAccountPost}: create customer account. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MagentoMediaType.JSON_UTF8)
    public String createAccount(JsonBody body) {
        Customer customer = registration.register(NewAccountRequest.from(body.object()), callers.of(headers),
                RequestStore.of(request));
        return CustomerJson.of(customer).toString();
    }
}
