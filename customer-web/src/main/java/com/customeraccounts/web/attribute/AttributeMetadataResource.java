package com.customeraccounts.web.attribute;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.attribute.AttributeCatalog;
import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Magento's {@code customerCustomerMetadataV1} and {@code customerAddressMetadataV1} (contract §1 rows 34–41):
 * every attribute, one by code, those of a form, and the shop's own ({@code /custom}), for the customer and for
 * its addresses ({@code Magento_Customer::customer}).
 */
@Path("V1/attributeMetadata")
@RequestScoped
@Produces(MagentoMediaType.JSON_UTF8)
public class AttributeMetadataResource {

    @Inject
    AttributeCatalog catalog;

    @Operation(
            operationId = "customerCustomerMetadataV1GetAllAttributesMetadataGet",
            summary = "attributeMetadata/customer",
            description = "Get all attribute metadata.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @GET
    @Path("customer")
    @Requires(AclResource.CUSTOMER)
    public JsonValue customerAll() {
        return AttributeMetadataJson.list(catalog.all(AttributeEntity.CUSTOMER));
    }

    @Operation(
            operationId = "customerCustomerMetadataV1GetAttributeMetadataGet",
            summary = "attributeMetadata/customer/attribute/{attributeCode}",
            description = "Retrieve attribute metadata.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404")
    @GET
    @Path("customer/attribute/{attributeCode}")
    @Requires(AclResource.CUSTOMER)
    public JsonValue customerAttribute(@PathParam("attributeCode") String attributeCode) {
        return AttributeMetadataJson.of(catalog.attribute(AttributeEntity.CUSTOMER, attributeCode));
    }

    @Operation(
            operationId = "customerCustomerMetadataV1GetAttributesGet",
            summary = "attributeMetadata/customer/form/{formCode}",
            description = "Retrieve all attributes filtered by form code")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404")
    @GET
    @Path("customer/form/{formCode}")
    @Requires(AclResource.CUSTOMER)
    public JsonValue customerForm(@PathParam("formCode") String formCode) {
        return AttributeMetadataJson.list(catalog.form(AttributeEntity.CUSTOMER, formCode));
    }

    @Operation(
            operationId = "customerCustomerMetadataV1GetCustomAttributesMetadataGet",
            summary = "attributeMetadata/customer/custom",
            description = "Get custom attributes metadata for the given data interface.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @GET
    @Path("customer/custom")
    @Requires(AclResource.CUSTOMER)
    public JsonValue customerCustom(@QueryParam("dataInterfaceName") String ignored) {
        return AttributeMetadataJson.list(catalog.custom(AttributeEntity.CUSTOMER));
    }

    @Operation(
            operationId = "customerAddressMetadataV1GetAllAttributesMetadataGet",
            summary = "attributeMetadata/customerAddress",
            description = "Get all attribute metadata.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @GET
    @Path("customerAddress")
    @Requires(AclResource.CUSTOMER)
    public JsonValue addressAll() {
        return AttributeMetadataJson.list(catalog.all(AttributeEntity.ADDRESS));
    }

    @Operation(
            operationId = "customerAddressMetadataV1GetAttributeMetadataGet",
            summary = "attributeMetadata/customerAddress/attribute/{attributeCode}",
            description = "Retrieve attribute metadata.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404")
    @GET
    @Path("customerAddress/attribute/{attributeCode}")
    @Requires(AclResource.CUSTOMER)
    public JsonValue addressAttribute(@PathParam("attributeCode") String attributeCode) {
        return AttributeMetadataJson.of(catalog.attribute(AttributeEntity.ADDRESS, attributeCode));
    }

    @Operation(
            operationId = "customerAddressMetadataV1GetAttributesGet",
            summary = "attributeMetadata/customerAddress/form/{formCode}",
            description = "Retrieve all attributes filtered by form code")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404")
    @GET
    @Path("customerAddress/form/{formCode}")
    @Requires(AclResource.CUSTOMER)
    public JsonValue addressForm(@PathParam("formCode") String formCode) {
        return AttributeMetadataJson.list(catalog.form(AttributeEntity.ADDRESS, formCode));
    }

    @Operation(
            operationId = "customerAddressMetadataV1GetCustomAttributesMetadataGet",
            summary = "attributeMetadata/customerAddress/custom",
            description = "Get custom attributes metadata for the given data interface.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY)))
    @GET
    @Path("customerAddress/custom")
    @Requires(AclResource.CUSTOMER)
    public JsonValue addressCustom(@QueryParam("dataInterfaceName") String ignored) {
        return AttributeMetadataJson.list(catalog.custom(AttributeEntity.ADDRESS));
    }
}
