package com.customeraccounts.web.group;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.customer.CustomerGroup;
import com.customeraccounts.customer.GroupManagement;
import com.customeraccounts.customer.SearchCriteria;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.customer.SearchCriteriaParameters;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code customerGroupRepositoryV1} and {@code customerGroupManagementV1} ({@code Magento_Customer::group}). */
@Requires(AclResource.GROUP)
@Path("V1/customerGroups")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class CustomerGroupsResource {

    @Inject
    RequestSite site;

    @Inject
    GroupManagement groups;

    @Inject
    Stores stores;

    @Operation(
            operationId = "customerGroupRepositoryV1GetByIdGet",
            summary = "customerGroups/{id}",
            description = "Get customer group by group ID.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{id}")
    public JsonValue getById(@PathParam("id") String id) {
        return json(groups.get(PathParameter.id("id", id)));
    }

    @Operation(
            operationId = "customerGroupRepositoryV1GetListGet",
            summary = "customerGroups/search",
            description = "Retrieve customer groups.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "customer-data-group-search-results-interface")))
    @APIResponse(responseCode = "400")
    @GET
    @Path("search")
    public JsonValue getList(@Context UriInfo uri) {
        SearchCriteria criteria = SearchCriteriaParameters.from(uri.getQueryParameters(), site.limits());
        GroupManagement.GroupPage page = groups.search(criteria);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(group -> items.add(json(group)));
        return JSON.createObjectBuilder()
                .add("items", items)
                .add("search_criteria", SearchCriteriaParameters.echo(criteria))
                .add("total_count", page.totalCount())
                .build();
    }

    @Operation(
            operationId = "customerGroupManagementV1GetDefaultGroupGet",
            summary = "customerGroups/default",
            description = "Get default customer group.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @GET
    @Path("default")
    public JsonValue getDefaultGroup() {
        return json(groups.defaultGroup(site.store()));
    }

    /** Shares its path template with {@link #setDefaultGroup}: there the segment is a group id. */
    @Operation(
            operationId = "customerGroupManagementV1GetDefaultGroupByStoreIdGet",
            summary = "customerGroups/default/{storeId}",
            description = "Get default customer group of a store view (the path segment is the store id).")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("default/{id}")
    public JsonValue getDefaultGroupOfStore(@PathParam("id") String storeId) {
        long id = PathParameter.id("storeId", storeId);
        StoreView store = stores.storeView(StoreId.of((int) Math.max(-1, Math.min(Integer.MAX_VALUE, id))))
                .orElseThrow(() -> NoSuchEntityException.singleField("storeId", id));
        return json(groups.defaultGroup(store));
    }

    /** {@code customerCustomerGroupConfigV1SetDefaultCustomerGroupPut}: answers the group id. */
    @Operation(
            operationId = "customerCustomerGroupConfigV1SetDefaultCustomerGroupPut",
            summary = "customerGroups/default/{id}",
            description = "Set system default customer group.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @PUT
    @Path("default/{id}")
    public JsonValue setDefaultGroup(@PathParam("id") String id) {
        return JSON.createValue(groups.setDefault(PathParameter.id("id", id)));
    }

    @Operation(
            operationId = "customerGroupManagementV1IsReadonlyGet",
            summary = "customerGroups/{id}/permissions",
            description = "Check if customer group can be deleted.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{id}/permissions")
    public JsonValue isReadonly(@PathParam("id") String id) {
        return groups.isReadonly(PathParameter.id("id", id)) ? JsonValue.TRUE : JsonValue.FALSE;
    }

    @Operation(
            operationId = "customerGroupRepositoryV1SavePost",
            summary = "customerGroups",
            description = "Save customer group.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "customerGroupRepositoryV1SavePostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @POST
    public JsonValue save(JsonBody body) {
        GroupRequest group = GroupRequest.from(body.object(), site.limits());
        return json(groups.create(group.code(), group.taxClassId()));
    }

    @Operation(
            operationId = "customerGroupRepositoryV1SavePut",
            summary = "customerGroups/{id}",
            description = "Save customer group.")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/json", schema = @Schema(ref = "customerGroupRepositoryV1SavePutBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "customer-data-group-interface")))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @PUT
    @Path("{id}")
    public JsonValue update(@PathParam("id") String id, JsonBody body) {
        long groupId = PathParameter.id("id", id);
        GroupRequest group = GroupRequest.from(body.object(), site.limits());
        return json(groups.update(groupId, group.code(), group.taxClassId()));
    }

    @Operation(
            operationId = "customerGroupRepositoryV1DeleteByIdDelete",
            summary = "customerGroups/{id}",
            description = "Delete customer group by ID.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @DELETE
    @Path("{id}")
    public JsonValue deleteById(@PathParam("id") String id) {
        groups.delete(PathParameter.id("id", id));
        return JsonValue.TRUE;
    }

    /** {@code customer-data-group-interface}. */
    static JsonObject json(CustomerGroup group) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", group.id().value())
                .add("code", group.code())
                .add("tax_class_id", group.taxClassId());
        if (group.taxClassId() == 3) {
            json.add("tax_class_name", "Retail Customer");
        }
        return json.build();
    }
}
