package com.customeraccounts.web.migration;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.migration.CsvImport;
import com.customeraccounts.migration.ImportBehavior;
import com.customeraccounts.migration.ImportEntity;
import com.customeraccounts.migration.ImportReport;
import com.customeraccounts.migration.ValidationStrategy;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.rest.JsonBodyReader;
import com.customeraccounts.web.rest.RequestTooLarge;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code importCsvApiStartImportV1}: {@code POST /V1/import/csv} ({@code Magento_ImportCsvApi::import_api}).
 * The ACL is checked before a byte of the body is read; the body is then streamed, its {@code csv_data}
 * decoded into a spool file (deleted before the answer), so a 64 MiB import needs a few buffers of heap,
 * not several copies of itself. The route has its own body limit, {@code import.max_body_bytes}.
 */
@Path("V1/import/csv")
@RequestScoped
public class CsvImportResource {

    static final String ENTITY_UNKNOWN = "Entity is unknown";
    static final String STRATEGY_NOT_FOUND = "ImportExport: Import Data validation - Validation strategy not found";

    @Inject
    CsvImport csvImport;

    @Inject
    StoreConfig config;

    @Context
    HttpServletRequest request;

    @Operation(
            operationId = "importCsvApiStartImportV1ExecutePost",
            summary = "import/csv",
            description = "Start import operation. `csv_data` is the base64 of a CSV in Magento's import format "
                    + "for the entity `customer` (Customers Main File), `customer_address` (Customer Addresses) or "
                    + "`customer_composite` (both in one file).\n\nNot as in Magento: on errors the answer lists "
                    + "every rejected row with its number, column and Magento's message (Magento's own answer "
                    + "drops them); quoted cells may hold line breaks; `validation-stop-on-errors` writes nothing "
                    + "when any row is bad, `validation-skip-errors` writes the good rows unless there are more "
                    + "errors than `allowed_error_count`; imported customers get no email. Bodies over "
                    + "`import.max_body_bytes` (64 MiB) are refused with 413.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(ref = "importCsvApiStartImportV1ExecutePostBody"))
            })
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    @APIResponse(responseCode = "400")
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than import.max_body_bytes",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = "error-response")))
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MagentoMediaType.JSON_UTF8)
    @Requires(AclResource.IMPORT_CSV)
    public StreamingOutput startImport(InputStream body) throws IOException {
        JsonBodyReader.requireJson(request.getContentType());
        long limit =
                Long.parseLong(config.value(ConfigPath.IMPORT_MAX_BODY_BYTES).trim());
        if (request.getContentLengthLong() > limit) {
            throw RequestTooLarge.exception(limit, body);
        }
        java.nio.file.Path spool = Files.createTempFile("csv-import-", ".csv");
        ImportReport report;
        try {
            ImportRequest source = ImportRequestReader.read(new LimitedInputStream(body, limit), spool);
            report = csvImport.run(
                    entity(source),
                    behavior(source, entity(source)),
                    strategy(source),
                    allowedErrorCount(source),
                    spool);
        } finally {
            Files.deleteIfExists(spool);
        }
        return out -> {
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartArray();
                report.forEachMessage(json::write);
                json.writeEnd();
            }
        };
    }

    private static ImportEntity entity(ImportRequest source) {
        return ImportEntity.ofCode(source.entity()).orElseThrow(() -> InputException.of(ENTITY_UNKNOWN));
    }

    /** Magento's default behaviour (append) where none is given, which the customer entities read as theirs. */
    private static ImportBehavior behavior(ImportRequest source, ImportEntity entity) {
        if (source.behavior() == null || source.behavior().isEmpty()) {
            return entity == ImportEntity.CUSTOMER_COMPOSITE ? ImportBehavior.APPEND : ImportBehavior.ADD_UPDATE;
        }
        return ImportBehavior.ofCode(source.behavior())
                .orElseThrow(() -> InputException.of("The \"" + source.behavior()
                        + "\" behavior isn't offered for the \"" + entity.code() + "\" entity."));
    }

    private static ValidationStrategy strategy(ImportRequest source) {
        return ValidationStrategy.ofCode(source.validationStrategy())
                .orElseThrow(() -> InputException.of(STRATEGY_NOT_FOUND));
    }

    /** As PHP's {@code (int)} reads it: a number, else 0. */
    private static int allowedErrorCount(ImportRequest source) {
        String value = source.allowedErrorCount();
        if (value == null) {
            return 0;
        }
        String digits = value.trim().replaceFirst("^\\+", "");
        if (!digits.matches("\\d{1,9}(\\.\\d*)?")) {
            return 0;
        }
        return Integer.parseInt(digits.replaceFirst("\\..*", ""));
    }
}
