package com.customeraccounts.web.customer;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.AccountRegistration;
import com.customeraccounts.account.PasswordChange;
import com.customeraccounts.account.PasswordReset;
import com.customeraccounts.account.CustomerDeletion;
import com.customeraccounts.account.CustomerLookup;
import com.customeraccounts.account.CustomerUpdate;
import com.customeraccounts.account.CustomerValidation;
import com.customeraccounts.account.EmailAvailability;
import com.customeraccounts.customer.Address;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerPage;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.access.Callers;
import com.customeraccounts.web.json.Parameter;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.MagentoMediaType;
import com.customeraccounts.web.rest.RequestStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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

    @Context
    HttpServletRequest request;


    /** {@code customerAccountManagementV1CreateAccountPost}: create customer account. */
    @POST
    public String createAccount(JsonBody body) {
        Customer customer = registration.register(NewAccountRequest.from(body.object()), callers.of(request),
                store());
        return CustomerJson.of(customer).toString();
    }

    /** {@code customerCustomerRepositoryV1GetByIdGet}. */
    @GET
    @Path("{customerId}")
    public String getById(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.CUSTOMER);
        return CustomerJson.of(lookup.customer(id(customerId))).toString();
    }

    /** {@code customerCustomerRepositoryV1GetListGet}: search with Magento's {@code searchCriteria}. */
    @GET
    @Path("search")
    public String getList(@Context UriInfo uri) {
        callers.requiring(request, AclResource.CUSTOMER);
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters());
        CustomerPage page = lookup.search(criteria);
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(customer -> items.add(CustomerJson.of(customer)));
        return Json.createObjectBuilder().add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount()).build().toString();
    }

    /** {@code customerCustomerRepositoryV1SavePut}: Magento's partial update. */
    @PUT
    @Path("{customerId}")
    public String save(@PathParam("customerId") String customerId, JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        long id = id(customerId);
        return CustomerJson.of(update.overlay(customerId(id), CustomerRequest.from(body.object()))).toString();
    }

    /** {@code customerCustomerRepositoryV1DeleteByIdDelete}. */
    @DELETE
    @Path("{customerId}")
    public String deleteById(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.DELETE);
        deletion.deleteCustomer(id(customerId));
        return TRUE;
    }

    /** {@code customerCustomerRepositoryV1GetSelfGet}. */
    @GET
    @Path("me")
    public String getSelf() {
        return CustomerJson.of(lookup.customer(self().value())).toString();
    }

    /** {@code customerCustomerRepositoryV1SaveSelfPut}. */
    @PUT
    @Path("me")
    public String saveSelf(JsonBody body) {
        CustomerId id = self();
        return CustomerJson.of(update.replaceOwn(id, CustomerRequest.from(body.object()))).toString();
    }

    /** {@code customerAccountManagementV1GetMyDefaultBillingAddressGet}. */
    @GET
    @Path("me/billingAddress")
    public String myBillingAddress() {
        long id = self().value();
        return address(id, lookup.defaultBilling(id));
    }

    /** {@code customerAccountManagementV1GetMyDefaultShippingAddressGet}. */
    @GET
    @Path("me/shippingAddress")
    public String myShippingAddress() {
        long id = self().value();
        return address(id, lookup.defaultShipping(id));
    }

    /** {@code customerAccountManagementV1GetDefaultBillingAddressGet}. */
    @GET
    @Path("{customerId}/billingAddress")
    public String billingAddress(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        long id = id(customerId);
        return address(id, lookup.defaultBilling(id));
    }

    /** {@code customerAccountManagementV1GetDefaultShippingAddressGet}. */
    @GET
    @Path("{customerId}/shippingAddress")
    public String shippingAddress(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        long id = id(customerId);
        return address(id, lookup.defaultShipping(id));
    }

    /** {@code customerAddressRepositoryV1GetByIdGet}. */
    @GET
    @Path("addresses/{addressId}")
    public String addressById(@PathParam("addressId") String addressId) {
        callers.requiring(request, AclResource.MANAGE);
        long id = PathParameter.id("addressId", addressId);
        Customer owner = lookup.ownerOfAddress(id);
        return CustomerJson.address(CustomerLookup.address(owner, id), owner).toString();
    }

    /** {@code customerAccountManagementV1IsReadonlyGet}: no customer is read-only here. */
    @GET
    @Path("{customerId}/permissions/readonly")
    public String isReadonly(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.CUSTOMER);
        lookup.customer(id(customerId));
        return "false";
    }

    /** {@code customerAccountManagementV1ValidatePut}. */
    @PUT
    @Path("validate")
    public String validate(JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        CustomerValidation.Result result = validation.validate(CustomerRequest.from(body.object()));
        JsonArrayBuilder messages = Json.createArrayBuilder();
        result.messages().forEach(messages::add);
        return Json.createObjectBuilder().add("valid", result.valid()).add("messages", messages).build().toString();
    }

    /** {@code customerAccountManagementV1IsEmailAvailablePost}. */
    @POST
    @Path("isEmailAvailable")
    public String isEmailAvailable(JsonBody body) {
        String email = Parameter.string(body.object(), "customerEmail");
        Integer websiteId = Parameter.integer(body.object(), "websiteId");
        boolean available = emailAvailability.isAvailable(email, websiteId, requestWebsite());
        return Boolean.toString(available);
    }

    /** {@code customerAccountManagementV1GetConfirmationStatusGet}. */
    @GET
    @Path("{customerId}/confirm")
    public String getConfirmationStatus(@PathParam("customerId") String customerId) {
        callers.requiring(request, AclResource.MANAGE);
        return Json.createValue(confirmation.status(id(customerId))).toString();
    }

    /** {@code customerAccountManagementV1ActivatePut}: an admin activates the customer with this email. */
    @PUT
    @Path("{email}/activate")
    public String activate(@PathParam("email") String email, JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activate(email, key, requestWebsite())).toString();
    }

    /** {@code customerAccountManagementV1ActivateByIdPut}: the customer activates itself. */
    @PUT
    @Path("me/activate")
    public String activateSelf(JsonBody body) {
        CustomerId id = self();
        String key = Parameter.string(body.object(), "confirmationKey");
        return CustomerJson.of(confirmation.activateById(id.value(), key)).toString();
    }

    /** {@code customerAccountManagementV1ResendConfirmationPost}. */
    @POST
    @Path("confirm")
    public String resendConfirmation(JsonBody body) {
        callers.requiring(request, AclResource.MANAGE);
        confirmation.resend(Parameter.string(body.object(), "email"), Parameter.integer(body.object(), "websiteId"),
                Parameter.string(body.object(), "redirectUrl"), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1InitiatePasswordResetPut}: anonymous. */
    @PUT
    @Path("password")
    public String initiatePasswordReset(JsonBody body) {
        passwordReset.initiate(Parameter.string(body.object(), "email"), Parameter.string(body.object(), "template"),
                Parameter.integer(body.object(), "websiteId"), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1ValidateResetPasswordLinkTokenGet}: anonymous. */
    @GET
    @Path("{customerId}/password/resetLinkToken/{resetPasswordLinkToken}")
    public String validateResetPasswordLinkToken(@PathParam("customerId") String customerId,
                                                 @PathParam("resetPasswordLinkToken") String token) {
        passwordReset.validateToken(id(customerId), token);
        return TRUE;
    }

    /** {@code customerAccountManagementV1ResetPasswordPost}: anonymous. */
    @POST
    @Path("resetPassword")
    public String resetPassword(JsonBody body) {
        passwordReset.reset(Parameter.string(body.object(), "email"), Parameter.string(body.object(), "resetToken"),
                Parameter.string(body.object(), "newPassword"), requestWebsite());
        return TRUE;
    }

    /** {@code customerAccountManagementV1ChangePasswordByIdPut}: the customer's other tokens stop working. */
    @PUT
    @Path("me/password")
    public String changePassword(JsonBody body) {
        CustomerId id = self();
        passwordChange.change(id, Parameter.string(body.object(), "currentPassword"),
                Parameter.string(body.object(), "newPassword"), callers.tokenHash(request));
        return TRUE;
    }

    private com.customeraccounts.store.Website requestWebsite() {
        return stores.websiteOf(store().isAdmin() ? stores.defaultStoreView() : store());
    }

    private CustomerId self() {
        return callers.self(request, store());
    }

    private String address(long customerId, Optional<Address> address) {
        return address.map(a -> CustomerJson.address(a, lookup.customer(customerId)).toString()).orElse("null");
    }

    private StoreView store() {
        return RequestStore.of(request);
    }

    private static long id(String customerId) {
        return PathParameter.id("customerId", customerId);
    }

    private static CustomerId customerId(long id) {
        if (id <= 0) {
            throw com.customeraccounts.error.NoSuchEntityException.singleField("customerId", id);
        }
        return new CustomerId(id);
    }
}
