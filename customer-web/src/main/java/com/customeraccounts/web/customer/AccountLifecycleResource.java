package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.AccountRegistration;
import com.customeraccounts.account.EmailAvailability;
import com.customeraccounts.account.PasswordReset;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.store.WebsiteId;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.idempotency.Idempotent;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.ratelimit.RateLimited;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code customerAccountManagementV1}: an account's life cycle, from sign-up through confirmation to a
 * forgotten password. Most of these routes are anonymous; each makes one call to a use case.
 */
@Path("V1/customers")
// one instance: a request-scoped one cost every sign-up a bean's creation (5 % of the create row's request time)
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class AccountLifecycleResource {

    @Inject
    AccountRegistration registration;

    @Inject
    EmailAvailability emailAvailability;

    @Inject
    AccountConfirmation confirmation;

    @Inject
    PasswordReset passwordReset;

    @Inject
    Callers callers;

    @Inject
    RequestSite site;

    @Inject
    HttpServletRequest request;

    /** {@code customerAccountManagementV1CreateAccountPost}: create customer account. */
    @Operation(
            operationId = "customerAccountManagementV1CreateAccountPost",
            summary = "customers",
            description = "Create customer account. Perform necessary business operations like sending email.\n\n"
                    + "Not as in Magento: the email is written to a transactional outbox in the account's own transaction and "
                    + "sent after commit, retried with backoff until the mail server takes it; the response never waits for "
                    + "SMTP and a rolled-back account sends nothing (delivery status: `GET /V1/customers/{customerId}/emails`). "
                    + "Email uniqueness is case-insensitive. A `redirectUrl` reaches the confirmation email only when its "
                    + "origin is the store's base URL origin or an allowed origin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1CreateAccountPostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @POST
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.CREATE_ACCOUNT)
    @Idempotent
    public JsonValue createAccount(JsonBody body) {
        Customer customer = registration.register(
                NewAccountRequest.from(body.object(), site.limits()), callers.of(request), site.store());
        return CustomerJson.of(customer);
    }

    /** {@code customerAccountManagementV1IsEmailAvailablePost}. */
    @Operation(
            operationId = "customerAccountManagementV1IsEmailAvailablePost",
            summary = "customers/isEmailAvailable",
            description = "Check if given email is associated with a customer account in given website.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1IsEmailAvailablePostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @POST
    @Path("isEmailAvailable")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.EMAIL_AVAILABLE)
    public JsonValue isEmailAvailable(JsonBody body) {
        String email = Parameter.string(body.object(), "customerEmail");
        WebsiteId websiteId = WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId"));
        boolean available = emailAvailability.isAvailable(email, websiteId, site.website());
        return available ? JsonValue.TRUE : JsonValue.FALSE;
    }

    /** {@code customerAccountManagementV1GetConfirmationStatusGet}. */
    @Operation(
            operationId = "customerAccountManagementV1GetConfirmationStatusGet",
            summary = "customers/{customerId}/confirm",
            description = "Gets the account confirmation status.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/confirm")
    @Requires(AclResource.MANAGE)
    public JsonValue getConfirmationStatus(@PathParam("customerId") String customerId) {
        return JSON.createValue(confirmation.status(PathParameter.customerId(customerId)));
    }

    /** {@code customerAccountManagementV1ActivatePut}: an admin activates the customer with this email. */
    @Operation(
            operationId = "customerAccountManagementV1ActivatePut",
            summary = "customers/{email}/activate",
            description = "Activate a customer account using a key that was sent in a confirmation email.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ActivatePutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @PUT
    @Path("{email}/activate")
    @Requires(AclResource.MANAGE)
    public JsonValue activate(@PathParam("email") String email, JsonBody body) {
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activate(email, key, site.website()));
    }

    /** {@code customerAccountManagementV1ResendConfirmationPost}. */
    @Operation(
            operationId = "customerAccountManagementV1ResendConfirmationPost",
            summary = "customers/confirm",
            description =
                    "Resend confirmation email.\n\n"
                            + "Confirmation keys are stored hashed, so each resend issues a new key and the earlier link stops working.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ResendConfirmationPostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @POST
    @Path("confirm")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.CONFIRMATION_RESEND)
    @Requires(AclResource.MANAGE)
    public JsonValue resendConfirmation(JsonBody body) {
        confirmation.resend(
                Parameter.string(body.object(), "email"),
                WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId")),
                Parameter.string(body.object(), "redirectUrl"),
                site.website());
        return JsonValue.TRUE;
    }

    /** {@code customerAccountManagementV1InitiatePasswordResetPut}: anonymous. */
    @Operation(
            operationId = "customerAccountManagementV1InitiatePasswordResetPut",
            summary = "customers/password",
            description = "Send an email to the customer with a password reset link.\n\n"
                    + "Requests are limited per email address: at least 10 minutes apart and at most 5 an hour; beyond that "
                    + "the answer is Magento's \"We received too many requests for password resets\" error. The token in the "
                    + "link is stored hashed, works once, and expires after `customer/password/reset_link_expiration_period` "
                    + "hours. The email goes through the transactional outbox.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1InitiatePasswordResetPutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @PUT
    @Path("password")
    @APIResponse(responseCode = "429")
    @RateLimited(RateLimited.PASSWORD_RESET)
    @Idempotent
    public JsonValue initiatePasswordReset(JsonBody body) {
        passwordReset.initiate(
                Parameter.string(body.object(), "email"),
                Parameter.string(body.object(), "template"),
                WebsiteId.ofNullable(Parameter.integer(body.object(), "websiteId")),
                site.website());
        return JsonValue.TRUE;
    }

    /** {@code customerAccountManagementV1ValidateResetPasswordLinkTokenGet}: anonymous. */
    @Operation(
            operationId = "customerAccountManagementV1ValidateResetPasswordLinkTokenGet",
            summary = "customers/{customerId}/password/resetLinkToken/{resetPasswordLinkToken}",
            description = "Check if password reset token is valid.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/password/resetLinkToken/{resetPasswordLinkToken}")
    public JsonValue validateResetPasswordLinkToken(
            @PathParam("customerId") String customerId, @PathParam("resetPasswordLinkToken") String token) {
        passwordReset.validateToken(CustomerId.validated(PathParameter.id("customerId", customerId)), token);
        return JsonValue.TRUE;
    }

    /** {@code customerAccountManagementV1ResetPasswordPost}: anonymous. */
    @Operation(
            operationId = "customerAccountManagementV1ResetPasswordPost",
            summary = "customers/resetPassword",
            description = "Reset customer password.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ResetPasswordPostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @POST
    @Path("resetPassword")
    @Idempotent
    public JsonValue resetPassword(JsonBody body) {
        passwordReset.reset(
                Parameter.string(body.object(), "email"),
                Parameter.string(body.object(), "resetToken"),
                Parameter.string(body.object(), "newPassword"),
                site.website());
        return JsonValue.TRUE;
    }
}
