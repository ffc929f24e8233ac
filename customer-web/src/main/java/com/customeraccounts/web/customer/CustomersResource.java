package com.customeraccounts.web.customer;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.AccountRegistration;
import com.customeraccounts.account.CustomerDeletion;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.account.CustomerUpdate;
import com.customeraccounts.account.CustomerValidation;
import com.customeraccounts.account.EmailAvailability;
import com.customeraccounts.account.PasswordChange;
import com.customeraccounts.account.PasswordReset;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerPage;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.WebsiteId;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.json.InputLimits;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.ratelimit.RateLimited;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.wire.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import static com.customeraccounts.web.wire.Jsons.JSON;

/**
 * {@code customerAccountManagementV1} and {@code customerCustomerRepositoryV1}: the routes under
 * {@code /V1/customers}. Each checks Magento's ACL first, then makes one call to a use case.
 */
@Path("V1/customers")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomersResource {

    private static final String TRUE = "true";

    @Inject
    AccountRegistration registration;

    @Inject
    CustomerUpdate update;

    @Inject
    CustomerLookup lookup;

    @Inject
    CustomerDeletion deletion;

    @Inject
    CustomerValidation validation;

    @Inject
    EmailAvailability emailAvailability;

    @Inject
    AccountConfirmation confirmation;

    @Inject
    PasswordReset passwordReset;

    @Inject
    PasswordChange passwordChange;

    @Inject
    Stores stores;

    @Inject
    Callers callers;

    @Inject
    StoreConfig config;

    @Context
    HttpServletRequest request;


    /** {@code customerAccountManagementV1CreateAccountPost}: create customer account. */
    @Operation(operationId = "customerAccountManagementV1CreateAccountPost", summary = "customers",
            description = "Create customer account. Perform necessary business operations like sending email.\n\n"
                    + "Not as in Magento: the email is written to a transactional outbox in the account's own transaction and "
                    + "sent after commit, retried with backoff until the mail server takes it; the response never waits for "
                    + "SMTP and a rolled-back account sends nothing (delivery status: `GET /V1/customers/{customerId}/emails`). "
                    + "Email uniqueness is case-insensitive. A `redirectUrl` reaches the confirmation email only when its "
                    + "origin is the store's base URL origin or an allowed origin.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1CreateAccountPostBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @POST
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.CREATE_ACCOUNT)
    public String createAccount(JsonBody body) {
        Customer customer = registration.register(NewAccountRequest.from(body.object(), limits()), callers.of(request),
                store());
        return CustomerJson.of(customer).toString();
    }

    /** {@code customerCustomerRepositoryV1GetByIdGet}. */
    @Operation(operationId = "customerCustomerRepositoryV1GetByCustomerIdGet", summary = "customers/{customerId}",
            description = "Get customer by Customer ID.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{customerId}")
    public String getById(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.CUSTOMER);
        return CustomerJson.of(lookup.customer(id(customerId))).toString();
    }

    /** {@code customerCustomerRepositoryV1GetListGet}: search with Magento's {@code searchCriteria}. */
    @Operation(operationId = "customerCustomerRepositoryV1GetListGet", summary = "customers/search",
            description = "Retrieve customers which match a specified criteria.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-search-results-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("search")
    public String getList(@Context UriInfo uri) {
        callers.requiring(request, AclResource.CUSTOMER);
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters(), limits());
        CustomerPage page = lookup.search(criteria);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(customer -> items.add(CustomerJson.of(customer)));
        return JSON.createObjectBuilder().add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount()).build().toString();
    }

    /** {@code customerCustomerRepositoryV1SavePut}: Magento's partial update. */
    @Operation(operationId = "customerCustomerRepositoryV1SaveByCustomerIdPut", summary = "customers/{customerId}",
            description = "Update a customer (Magento's partial update).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerCustomerRepositoryV1SaveByCustomerIdPutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @PUT
    @Path("{customerId}")
    public String save(@PathParam("customerId") String customerId, JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        return CustomerJson.of(update.overlay(id(customerId), CustomerRequest.from(body.object(), limits()))).toString();
    }

    /** {@code customerCustomerRepositoryV1DeleteByIdDelete}. */
    @Operation(operationId = "customerCustomerRepositoryV1DeleteByIdDelete", summary = "customers/{customerId}",
            description = "Delete customer by Customer ID.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @DELETE
    @Path("{customerId}")
    public String deleteById(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.DELETE);
        deletion.deleteCustomer(id(customerId));
        return TRUE;
    }

    /** {@code customerCustomerRepositoryV1GetSelfGet}. */
    @Operation(operationId = "customerCustomerRepositoryV1GetByIdGet", summary = "customers/me",
            description = "Get the customer of the token.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @SecurityRequirement(name = "customerToken")
    @GET
    @Path("me")
    public String getSelf() {
        return CustomerJson.of(lookup.customer(self())).toString();
    }

    /** {@code customerCustomerRepositoryV1SaveSelfPut}. */
    @Operation(operationId = "customerCustomerRepositoryV1SavePut", summary = "customers/me",
            description = "Update the customer of the token.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerCustomerRepositoryV1SavePutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "customerToken")
    @PUT
    @Path("me")
    public String saveSelf(JsonBody body) {
        CustomerId id = self();
        return CustomerJson.of(update.replaceOwn(id, CustomerRequest.from(body.object(), limits()))).toString();
    }

    /** {@code customerAccountManagementV1GetMyDefaultBillingAddressGet}. */
    @Operation(operationId = "customerAccountManagementV1GetDefaultBillingAddressGet", summary = "customers/me/billingAddress",
            description = "Retrieve default billing address for the customer of the token.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @SecurityRequirement(name = "customerToken")
    @GET
    @Path("me/billingAddress")
    public String myBillingAddress() {
        CustomerId id = self();
        return address(id, lookup.defaultBilling(id));
    }

    /** {@code customerAccountManagementV1GetMyDefaultShippingAddressGet}. */
    @Operation(operationId = "customerAccountManagementV1GetDefaultShippingAddressGet", summary = "customers/me/shippingAddress",
            description = "Retrieve default shipping address for the customer of the token.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @SecurityRequirement(name = "customerToken")
    @GET
    @Path("me/shippingAddress")
    public String myShippingAddress() {
        CustomerId id = self();
        return address(id, lookup.defaultShipping(id));
    }

    /** {@code customerAccountManagementV1GetDefaultBillingAddressGet}. */
    @Operation(operationId = "customerAccountManagementV1GetDefaultBillingAddressByCustomerIdGet", summary = "customers/{customerId}/billingAddress",
            description = "Retrieve default billing address for the given customerId.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{customerId}/billingAddress")
    public String billingAddress(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        CustomerId id = id(customerId);
        return address(id, lookup.defaultBilling(id));
    }

    /** {@code customerAccountManagementV1GetDefaultShippingAddressGet}. */
    @Operation(operationId = "customerAccountManagementV1GetDefaultShippingAddressByCustomerIdGet", summary = "customers/{customerId}/shippingAddress",
            description = "Retrieve default shipping address for the given customerId.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{customerId}/shippingAddress")
    public String shippingAddress(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        CustomerId id = id(customerId);
        return address(id, lookup.defaultShipping(id));
    }

    /** {@code customerAddressRepositoryV1GetByIdGet}. */
    @Operation(operationId = "customerAddressRepositoryV1GetByIdGet", summary = "customers/addresses/{addressId}",
            description = "Retrieve customer address.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("addresses/{addressId}")
    public String addressById(@PathParam("addressId") String addressId) {
        callers.requiring(request, AclResource.MANAGE);
        long id = PathParameter.id("addressId", addressId);
        Customer owner = lookup.ownerOfAddress(id);
        return CustomerJson.address(CustomerLookup.address(owner, id), owner).toString();
    }

    /** {@code customerAccountManagementV1IsReadonlyGet}: no customer is read-only here. */
    @Operation(operationId = "customerAccountManagementV1IsReadonlyGet", summary = "customers/{customerId}/permissions/readonly",
            description = "Check if customer can be deleted (no customer is read-only here).")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{customerId}/permissions/readonly")
    public String isReadonly(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.CUSTOMER);
        lookup.customer(id(customerId));
        return "false";
    }

    /** {@code customerAccountManagementV1ValidatePut}. */
    @Operation(operationId = "customerAccountManagementV1ValidatePut", summary = "customers/validate",
            description = "Validate customer data.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ValidatePutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-validation-results-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @PUT
    @Path("validate")
    public String validate(JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        CustomerValidation.Result result = validation.validate(CustomerRequest.from(body.object(), limits()));
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        result.messages().forEach(messages::add);
        return JSON.createObjectBuilder().add("valid", result.valid()).add("messages", messages).build().toString();
    }

    /** {@code customerAccountManagementV1IsEmailAvailablePost}. */
    @Operation(operationId = "customerAccountManagementV1IsEmailAvailablePost", summary = "customers/isEmailAvailable",
            description = "Check if given email is associated with a customer account in given website.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1IsEmailAvailablePostBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @POST
    @Path("isEmailAvailable")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.EMAIL_AVAILABLE)
    public String isEmailAvailable(JsonBody body) {
        String email = Parameter.string(body.object(), "customerEmail");
        WebsiteId websiteId = WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId"));
        boolean available = emailAvailability.isAvailable(email, websiteId, requestWebsite());
        return Boolean.toString(available);
    }

    /** {@code customerAccountManagementV1GetConfirmationStatusGet}. */
    @Operation(operationId = "customerAccountManagementV1GetConfirmationStatusGet", summary = "customers/{customerId}/confirm",
            description = "Gets the account confirmation status.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @GET
    @Path("{customerId}/confirm")
    public String getConfirmationStatus(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        return JSON.createValue(confirmation.status(id(customerId))).toString();
    }

    /** {@code customerAccountManagementV1ActivatePut}: an admin activates the customer with this email. */
    @Operation(operationId = "customerAccountManagementV1ActivatePut", summary = "customers/{email}/activate",
            description = "Activate a customer account using a key that was sent in a confirmation email.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ActivatePutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @PUT
    @Path("{email}/activate")
    public String activate(@PathParam("email") String email, JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activate(email, key, requestWebsite())).toString();
    }

    /** {@code customerAccountManagementV1ActivateByIdPut}: the customer activates itself. */
    @Operation(operationId = "customerAccountManagementV1ActivateByIdPut", summary = "customers/me/activate",
            description = "Activate the customer of the token using a key that was sent in a confirmation email.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ActivateByIdPutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "customerToken")
    @PUT
    @Path("me/activate")
    public String activateSelf(JsonBody body) {
        CustomerId id = self();
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activateById(id, key)).toString();
    }

    /** {@code customerAccountManagementV1ResendConfirmationPost}. */
    @Operation(operationId = "customerAccountManagementV1ResendConfirmationPost", summary = "customers/confirm",
            description = "Resend confirmation email.\n\n"
                    + "Confirmation keys are stored hashed, so each resend issues a new key and the earlier link stops working.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ResendConfirmationPostBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @SecurityRequirement(name = "adminToken")
    @SecurityRequirement(name = "oauth1")
    @POST
    @Path("confirm")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.CONFIRMATION_RESEND)
    public String resendConfirmation(JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        confirmation.resend(Parameter.string(body.object(), "email"),
                WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId")),
                Parameter.string(body.object(), "redirectUrl"), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1InitiatePasswordResetPut}: anonymous. */
    @Operation(operationId = "customerAccountManagementV1InitiatePasswordResetPut", summary = "customers/password",
            description = "Send an email to the customer with a password reset link.\n\n"
                    + "Requests are limited per email address: at least 10 minutes apart and at most 5 an hour; beyond that "
                    + "the answer is Magento's \"We received too many requests for password resets\" error. The token in the "
                    + "link is stored hashed, works once, and expires after `customer/password/reset_link_expiration_period` "
                    + "hours. The email goes through the transactional outbox.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1InitiatePasswordResetPutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @PUT
    @Path("password")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.PASSWORD_RESET)
    public String initiatePasswordReset(JsonBody body) {
        passwordReset.initiate(Parameter.string(body.object(), "email"), Parameter.string(body.object(), "template"),
                WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId")), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1ValidateResetPasswordLinkTokenGet}: anonymous. */
    @Operation(operationId = "customerAccountManagementV1ValidateResetPasswordLinkTokenGet", summary = "customers/{customerId}/password/resetLinkToken/{resetPasswordLinkToken}",
            description = "Check if password reset token is valid.")
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/password/resetLinkToken/{resetPasswordLinkToken}")
    public String validateResetPasswordLinkToken(@PathParam("customerId") String customerId,
                                                 @PathParam("resetPasswordLinkToken") String token) {
        passwordReset.validateToken(
                CustomerId.validated(PathParameter.id("customerId", customerId)), token);
        return TRUE;
    }

    /** {@code customerAccountManagementV1ResetPasswordPost}: anonymous. */
    @Operation(operationId = "customerAccountManagementV1ResetPasswordPost", summary = "customers/resetPassword",
            description = "Reset customer password.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ResetPasswordPostBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @POST
    @Path("resetPassword")
    public String resetPassword(JsonBody body) {
        passwordReset.reset(Parameter.string(body.object(), "email"), Parameter.string(body.object(), "resetToken"),
                Parameter.string(body.object(), "newPassword"), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1ChangePasswordByIdPut}: the customer's other tokens stop working. */
    @Operation(operationId = "customerAccountManagementV1ChangePasswordByIdPut", summary = "customers/me/password",
            description = "Change customer password; the customer's other tokens stop working.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/json", schema = @Schema(ref = "customerAccountManagementV1ChangePasswordByIdPutBody"))})
    @APIResponse(responseCode = "200", description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @SecurityRequirement(name = "customerToken")
    @PUT
    @Path("me/password")
    public String changePassword(JsonBody body) {
        CustomerId id = self();
        passwordChange.change(id, Parameter.string(body.object(), "currentPassword"),
                Parameter.string(body.object(), "newPassword"), callers.tokenHash(request));
        return TRUE;
    }

    private com.customeraccounts.store.Website requestWebsite() {
        return stores.requestWebsite(store());
    }

    private InputLimits limits() {
        return InputLimits.of(config, requestWebsite());
    }

    private CustomerId self() {
        return callers.self(request, store());
    }

    private String address(CustomerId customerId, Optional<Address> address) {
        return address.map(a -> CustomerJson.address(a, lookup.customer(customerId)).toString()).orElse("null");
    }

    private StoreView store() {
        return RequestStore.of(request);
    }

    private static CustomerId id(String customerId) {
        return CustomerId.requested(PathParameter.id("customerId", customerId));
    }
}
