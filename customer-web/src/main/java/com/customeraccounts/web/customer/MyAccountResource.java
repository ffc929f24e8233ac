package com.customeraccounts.web.customer;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.CustomerUpdate;
import com.customeraccounts.account.PasswordChange;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.access.CallingCustomer;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.idempotency.Idempotent;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The customer's own account, {@code /V1/customers/me}: the routes a customer token acts on. The calling
 * customer is read once per request, by {@link CallingCustomer}.
 */
@Path("V1/customers")
@Requires(AclResource.SELF)
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class MyAccountResource {

    @Inject
    CustomerUpdate update;

    @Inject
    AccountConfirmation confirmation;

    @Inject
    PasswordChange passwordChange;

    @Inject
    Callers callers;

    @Inject
    RequestSite site;

    @Context
    HttpServletRequest request;

    /** {@code customerCustomerRepositoryV1GetSelfGet}. */
    @Operation(
            operationId = "customerCustomerRepositoryV1GetByIdGet",
            summary = "customers/me",
            description = "Get the customer of the token.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @GET
    @Path("me")
    @Tagged
    public JsonValue getSelf() {
        return CustomerJson.of(me().customer());
    }

    /** {@code customerCustomerRepositoryV1SaveSelfPut}. */
    @Operation(
            operationId = "customerCustomerRepositoryV1SavePut",
            summary = "customers/me",
            description = "Update the customer of the token.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerCustomerRepositoryV1SavePutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @PUT
    @Path("me")
    @Idempotent
    @Tagged
    public JsonValue saveSelf(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(hidden = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            JsonBody body) {
        return CustomerJson.of(update.replaceOwn(
                me().id(), CustomerRequest.from(body.object(), site.limits()), CustomerTag.ifMatch(ifMatch)));
    }

    /** {@code customerAccountManagementV1GetMyDefaultBillingAddressGet}. */
    @Operation(
            operationId = "customerAccountManagementV1GetDefaultBillingAddressGet",
            summary = "customers/me/billingAddress",
            description = "Retrieve default billing address for the customer of the token.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @GET
    @Path("me/billingAddress")
    public JsonValue myBillingAddress() {
        Customer customer = me().customer();
        return CustomerJson.address(customer.defaultBillingAddress(), customer);
    }

    /** {@code customerAccountManagementV1GetMyDefaultShippingAddressGet}. */
    @Operation(
            operationId = "customerAccountManagementV1GetDefaultShippingAddressGet",
            summary = "customers/me/shippingAddress",
            description = "Retrieve default shipping address for the customer of the token.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @GET
    @Path("me/shippingAddress")
    public JsonValue myShippingAddress() {
        Customer customer = me().customer();
        return CustomerJson.address(customer.defaultShippingAddress(), customer);
    }

    /** {@code customerAccountManagementV1ActivateByIdPut}: the customer activates itself. */
    @Operation(
            operationId = "customerAccountManagementV1ActivateByIdPut",
            summary = "customers/me/activate",
            description = "Activate the customer of the token using a key that was sent in a confirmation email.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ActivateByIdPutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @PUT
    @Path("me/activate")
    public JsonValue activateSelf(JsonBody body) {
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activateById(me().id(), key));
    }

    /** {@code customerAccountManagementV1ChangePasswordByIdPut}: the customer's other tokens stop working. */
    @Operation(
            operationId = "customerAccountManagementV1ChangePasswordByIdPut",
            summary = "customers/me/password",
            description = "Change customer password; the customer's other tokens stop working.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ChangePasswordByIdPutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @PUT
    @Path("me/password")
    public JsonValue changePassword(JsonBody body) {
        passwordChange.change(
                me().id(),
                Parameter.string(body.object(), "currentPassword"),
                Parameter.string(body.object(), "newPassword"),
                callers.tokenHash(request));
        return JsonValue.TRUE;
    }

    private CallingCustomer me() {
        return CallingCustomer.of(request);
    }
}
