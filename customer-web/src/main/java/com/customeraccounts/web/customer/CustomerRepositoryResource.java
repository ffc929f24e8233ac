package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.account.CustomerDeletion;
import com.customeraccounts.account.CustomerUpdate;
import com.customeraccounts.account.CustomerValidation;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerPage;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.idempotency.Idempotent;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code customerCustomerRepositoryV1} and the administrator's reads of {@code customerAccountManagementV1}:
 * customers by id, search, update and delete, for administrators and integrations.
 */
@Path("V1/customers")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomerRepositoryResource {

    @Inject
    CustomerUpdate update;

    @Inject
    CustomerLookup lookup;

    @Inject
    CustomerDeletion deletion;

    @Inject
    CustomerValidation validation;

    @Inject
    RequestSite site;

    /** {@code customerCustomerRepositoryV1GetByIdGet}. */
    @Operation(
            operationId = "customerCustomerRepositoryV1GetByCustomerIdGet",
            summary = "customers/{customerId}",
            description = "Get customer by Customer ID.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}")
    @Requires(AclResource.CUSTOMER)
    @Tagged
    public JsonValue getById(@PathParam("customerId") String customerId) {
        return CustomerJson.of(lookup.committed(PathParameter.customerId(customerId)));
    }

    /** {@code customerCustomerRepositoryV1GetListGet}: search with Magento's {@code searchCriteria}. */
    @Operation(
            operationId = "customerCustomerRepositoryV1GetListGet",
            summary = "customers/search",
            description = "Retrieve customers which match a specified criteria.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-customer-search-results-interface")))
    @APIResponse(responseCode = "400")
    @GET
    @Path("search")
    @Requires(AclResource.CUSTOMER)
    public JsonValue getList(@Context UriInfo uri) {
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters(), site.limits());
        CustomerPage page = lookup.search(criteria);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(customer -> items.add(CustomerJson.of(customer)));
        return JSON.createObjectBuilder()
                .add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount())
                .build();
    }

    /** {@code customerCustomerRepositoryV1SavePut}: Magento's partial update. */
    @Operation(
            operationId = "customerCustomerRepositoryV1SaveByCustomerIdPut",
            summary = "customers/{customerId}",
            description = "Update a customer (Magento's partial update).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerCustomerRepositoryV1SaveByCustomerIdPutBody"))
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
    @Path("{customerId}")
    @Requires(AclResource.MANAGE)
    @Idempotent
    @Tagged
    public JsonValue save(
            @PathParam("customerId") String customerId,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonBody body) {
        return CustomerJson.of(update.overlay(
                PathParameter.customerId(customerId),
                CustomerRequest.from(body.object(), site.limits()),
                CustomerTag.ifMatch(ifMatch)));
    }

    /** {@code customerCustomerRepositoryV1DeleteByIdDelete}. */
    @Operation(
            operationId = "customerCustomerRepositoryV1DeleteByIdDelete",
            summary = "customers/{customerId}",
            description = "Delete customer by Customer ID.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @DELETE
    @Path("{customerId}")
    @Requires(AclResource.DELETE)
    public JsonValue deleteById(
            @PathParam("customerId") String customerId,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deletion.deleteCustomer(PathParameter.customerId(customerId), CustomerTag.ifMatch(ifMatch));
        return JsonValue.TRUE;
    }

    /** {@code customerAccountManagementV1GetDefaultBillingAddressGet}. */
    @Operation(
            operationId = "customerAccountManagementV1GetDefaultBillingAddressByCustomerIdGet",
            summary = "customers/{customerId}/billingAddress",
            description = "Retrieve default billing address for the given customerId.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/billingAddress")
    @Requires(AclResource.MANAGE)
    public JsonValue billingAddress(@PathParam("customerId") String customerId) {
        Customer customer = lookup.committed(PathParameter.customerId(customerId));
        return CustomerJson.address(customer.defaultBillingAddress(), customer);
    }

    /** {@code customerAccountManagementV1GetDefaultShippingAddressGet}. */
    @Operation(
            operationId = "customerAccountManagementV1GetDefaultShippingAddressByCustomerIdGet",
            summary = "customers/{customerId}/shippingAddress",
            description = "Retrieve default shipping address for the given customerId.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/shippingAddress")
    @Requires(AclResource.MANAGE)
    public JsonValue shippingAddress(@PathParam("customerId") String customerId) {
        Customer customer = lookup.committed(PathParameter.customerId(customerId));
        return CustomerJson.address(customer.defaultShippingAddress(), customer);
    }

    /** {@code customerAddressRepositoryV1GetByIdGet}. */
    @Operation(
            operationId = "customerAddressRepositoryV1GetByIdGet",
            summary = "customers/addresses/{addressId}",
            description = "Retrieve customer address.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-address-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("addresses/{addressId}")
    @Requires(AclResource.MANAGE)
    public JsonValue addressById(@PathParam("addressId") String addressId) {
        long id = PathParameter.id("addressId", addressId);
        Customer owner = lookup.ownerOfAddress(id);
        return CustomerJson.address(CustomerLookup.address(owner, id), owner);
    }

    /** {@code customerAccountManagementV1IsReadonlyGet}: no customer is read-only here. */
    @Operation(
            operationId = "customerAccountManagementV1IsReadonlyGet",
            summary = "customers/{customerId}/permissions/readonly",
            description = "Check if customer can be deleted (no customer is read-only here).")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{customerId}/permissions/readonly")
    @Requires(AclResource.CUSTOMER)
    public JsonValue isReadonly(@PathParam("customerId") String customerId) {
        lookup.committed(PathParameter.customerId(customerId));
        return JsonValue.FALSE;
    }

    /** {@code customerAccountManagementV1ValidatePut}. */
    @Operation(
            operationId = "customerAccountManagementV1ValidatePut",
            summary = "customers/validate",
            description = "Validate customer data.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerAccountManagementV1ValidatePutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-validation-results-interface")))
    @APIResponse(responseCode = "400")
    @PUT
    @Path("validate")
    @Requires(AclResource.MANAGE)
    public JsonValue validate(JsonBody body) {
        CustomerValidation.Result result = validation.validate(CustomerRequest.from(body.object(), site.limits()));
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        result.messages().forEach(messages::add);
        return JSON.createObjectBuilder()
                .add("valid", result.valid())
                .add("messages", messages)
                .build();
    }
}
