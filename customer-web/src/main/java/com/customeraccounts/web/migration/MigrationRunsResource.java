package com.customeraccounts.web.migration;

import static com.customeraccounts.web.json.Field.Kind.BOOL;
import static com.customeraccounts.web.json.Field.Kind.STRING;
import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.error.InputException;
import com.customeraccounts.migration.pull.MigrationMode;
import com.customeraccounts.migration.pull.MigrationRun;
import com.customeraccounts.migration.pull.MigrationRuns;
import com.customeraccounts.migration.pull.Rejection;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.json.BoundObject;
import com.customeraccounts.web.json.Field;
import com.customeraccounts.web.json.InputBinder;
import com.customeraccounts.web.json.MagentoTimestamp;
import com.customeraccounts.web.json.PathParameter;
import com.customeraccounts.web.rest.JsonBody;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Not a Magento route: pulls of a Magento shop's customers from its database ({@code Magento_Customer::manage}). */
@Requires(AclResource.MANAGE)
@Path("V1/migration/runs")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MagentoMediaType.JSON_UTF8)
public class MigrationRunsResource {

    private static final Map<String, Field> START = Field.schema(Field.of("mode", STRING), Field.of("dry_run", BOOL));
    private static final int LISTED = 100;

    @Inject
    RequestSite site;

    @Inject
    MigrationRuns runs;

    @Inject
    MigrationWorker worker;

    @Inject
    Clock clock;

    @Operation(
            operationId = "migrationRunsStartPost",
            summary = "migration/runs",
            description = "Start a pull of the Magento database's customers: {\"mode\": \"full\" or \"delta\", "
                    + "\"dry_run\": true or false}. One run at a time.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"mode"},
                                            properties = {
                                                @SchemaProperty(
                                                        name = "mode",
                                                        type = SchemaType.STRING,
                                                        enumeration = {"full", "delta"}),
                                                @SchemaProperty(
                                                        name = "dry_run",
                                                        type = SchemaType.BOOLEAN,
                                                        description =
                                                                "write nothing, only report what the run would do")
                                            })))
    @APIResponse(responseCode = "200", description = "The run, as it starts.")
    @APIResponse(responseCode = "400")
    @POST
    public JsonValue start(JsonBody body) {
        BoundObject input = InputBinder.bind(body.object(), START, site.limits());
        String mode = input.string("mode");
        if (mode == null) {
            throw InputException.requiredField("mode");
        }
        MigrationRun run = worker.start(MigrationMode.parse(mode), Boolean.TRUE.equals(input.bool("dry_run")));
        return json(run, List.of(), clock.instant()).build();
    }

    @Operation(
            operationId = "migrationRunsListGet",
            summary = "migration/runs",
            description = "The last 100 runs, newest first.")
    @APIResponse(responseCode = "200", description = "The runs.")
    @GET
    public JsonValue list() {
        List<MigrationRun> recent = runs.recent(LISTED);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        Instant now = clock.instant();
        recent.forEach(run -> items.add(json(run, null, now)));
        return JSON.createObjectBuilder()
                .add("items", items)
                .add("total_count", recent.size())
                .build();
    }

    @Operation(
            operationId = "migrationRunsGetGet",
            summary = "migration/runs/{id}",
            description = "A run: phase, counts, rate, ETA and its rejected rows (the first 1000) with reasons.")
    @APIResponse(responseCode = "200", description = "The run.")
    @APIResponse(responseCode = "400")
    @APIResponse(responseCode = "404")
    @GET
    @Path("{id}")
    public JsonValue get(@PathParam("id") String id) {
        MigrationRun run = runs.get(PathParameter.id("id", id));
        return json(run, runs.rejections(run.id()), clock.instant()).build();
    }

    /** A run; with its rejected rows unless {@code rejections} is null (in lists). */
    private static JsonObjectBuilder json(MigrationRun run, List<Rejection> rejections, Instant now) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", run.id())
                .add("mode", run.mode().code())
                .add("dry_run", run.dryRun())
                .add("status", run.status().code())
                .add("phase", run.phase().code())
                .add("rows_total", run.total())
                .add("rows_read", run.counters().read())
                .add("rows_written", run.counters().written())
                .add("rows_unchanged", run.counters().unchanged())
                .add("rows_rejected", run.counters().rejected())
                .add("rows_deleted", run.counters().deleted())
                .add("started_at", MagentoTimestamp.format(run.startedAt()));
        run.rate(now).ifPresent(rate -> json.add("rate_per_second", Math.round(rate * 10) / 10.0));
        run.etaSeconds(now).ifPresent(eta -> json.add("eta_seconds", eta));
        if (run.finishedAt() != null) {
            json.add("finished_at", MagentoTimestamp.format(run.finishedAt()));
        }
        if (run.error() != null) {
            json.add("error", run.error());
        }
        if (rejections != null) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            rejections.forEach(r -> rows.add(JSON.createObjectBuilder()
                    .add("table", r.table())
                    .add("id", r.id())
                    .add("reason", r.reason())));
            json.add("rejected_rows", rows);
        }
        return json;
    }
}
