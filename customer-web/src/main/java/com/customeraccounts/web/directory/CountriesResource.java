package com.customeraccounts.web.directory;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.directory.Country;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.directory.Region;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.web.rest.RequestSite;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code directoryCountryInformationAcquirerV1}: anonymous, the countries allowed in the request's store. */
@Path("V1/directory/countries")
@RequestScoped
@Produces(MagentoMediaType.JSON_UTF8)
public class CountriesResource {

    static final String NOT_AVAILABLE = "The country isn't available.";

    @Inject
    RequestSite site;

    @Inject
    Directory directory;

    @Inject
    StoreConfig config;

    @Operation(
            operationId = "directoryCountryInformationAcquirerV1GetCountriesInfoGet",
            summary = "directory/countries",
            description = "Get all countries and regions information for the store.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "directory-data-country-information-interface-list")))
    @GET
    public JsonValue countries() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        allowed().forEach(country -> list.add(json(country)));
        return list.build();
    }

    @Operation(
            operationId = "directoryCountryInformationAcquirerV1GetCountryInfoGet",
            summary = "directory/countries/{countryId}",
            description = "Get country and region information for the store.")
    @APIResponse(
            responseCode = "200",
            description = "200 Success.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = "directory-data-country-information-interface")))
    @APIResponse(responseCode = "404")
    @GET
    @Path("{countryId}")
    public JsonValue country(@PathParam("countryId") String countryId) {
        return allowed().stream()
                .filter(c -> c.id().equals(countryId))
                .findFirst()
                .map(this::json)
                .orElseThrow(() -> new NoSuchEntityException(Phrase.of(NOT_AVAILABLE)))
                .build();
    }

    private List<Country> allowed() {
        List<String> allowed = config.list(ConfigPath.COUNTRY_ALLOW, site.website());
        return directory.countries().stream()
                .filter(c -> allowed.contains(c.id()))
                .toList();
    }

    private JsonObjectBuilder json(Country country) {
        String name = new Locale("", country.id()).getDisplayCountry(Locale.US);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", country.id())
                .add("two_letter_abbreviation", country.iso2Code())
                .add("three_letter_abbreviation", country.iso3Code())
                .add("full_name_locale", name)
                .add("full_name_english", name);
        List<Region> regions = directory.regionsOf(country.id());
        if (!regions.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            regions.forEach(r -> list.add(JSON.createObjectBuilder()
                    .add("id", Integer.toString(r.id()))
                    .add("code", r.code())
                    .add("name", r.name())));
            json.add("available_regions", list);
        }
        return json;
    }
}
