package com.customeraccounts.web.store;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code storeWebsiteRepositoryV1}, {@code storeGroupRepositoryV1}, {@code storeStoreRepositoryV1} ({@code Magento_Backend::store}). */
@Requires(AclResource.STORE)
@Path("V1/store")
@RequestScoped
@Produces(MagentoMediaType.JSON_UTF8)
public class StoresResource {

    @Inject
    Stores stores;

    @Operation(
            operationId = "storeWebsiteRepositoryV1GetListGet",
            summary = "store/websites",
            description = "Retrieve list of all websites.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "store-data-website-interface-list")))
    @GET
    @Path("websites")
    public JsonValue websites() {
        return list(
                stores.websites(),
                w -> JSON.createObjectBuilder()
                        .add("id", w.id().value())
                        .add("code", w.code())
                        .add("name", w.name())
                        .add("default_group_id", w.defaultGroupId()));
    }

    @Operation(
            operationId = "storeGroupRepositoryV1GetListGet",
            summary = "store/storeGroups",
            description = "Retrieve list of all groups.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "store-data-group-interface-list")))
    @GET
    @Path("storeGroups")
    public JsonValue storeGroups() {
        return list(
                stores.storeGroups(),
                g -> JSON.createObjectBuilder()
                        .add("id", g.id())
                        .add("website_id", g.websiteId().value())
                        .add("root_category_id", g.rootCategoryId())
                        .add("default_store_id", g.defaultStoreId().value())
                        .add("name", g.name())
                        .add("code", g.code()));
    }

    @Operation(
            operationId = "storeStoreRepositoryV1GetListGet",
            summary = "store/storeViews",
            description = "Retrieve list of all stores.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(ref = "store-data-store-interface-list")))
    @GET
    @Path("storeViews")
    public JsonValue storeViews() {
        return list(
                stores.storeViews(),
                v -> JSON.createObjectBuilder()
                        .add("id", v.id().value())
                        .add("code", v.code())
                        .add("name", v.name())
                        .add("website_id", v.websiteId().value())
                        .add("store_group_id", v.storeGroupId())
                        .add("is_active", v.active() ? 1 : 0));
    }

    private static <T> JsonArray list(List<T> items, Function<T, JsonObjectBuilder> json) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        items.forEach(item -> list.add(json.apply(item)));
        return list.build();
    }
}
