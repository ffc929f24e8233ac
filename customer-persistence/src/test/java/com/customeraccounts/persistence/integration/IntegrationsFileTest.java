package com.customeraccounts.persistence.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.customeraccounts.access.Integration;
import com.customeraccounts.access.Integrations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationsFileTest {

    private static final String ERP = """
            {"name": "ERP", "consumer_key": "ck1", "consumer_secret": "cs1", "access_token": "at1",
             "access_token_secret": "ats1", "resources": ["Magento_Customer::manage", "Magento_Customer::delete"]}""";

    @Test
    void readsMagentoStyleIntegrationsFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("integrations.json"),
                "[" + ERP + ", "
                        + "{\"name\": \"Backup\", \"consumer_key\": \"ck2\", \"consumer_secret\": \"cs2\", "
                        + "\"access_token\": \"at2\", \"access_token_secret\": \"ats2\", \"resources\": [\"Magento_Backend::all\"]}]");

        Integrations integrations = IntegrationsFile.read(file);

        assertThat(integrations.findByConsumerKey("ck1"))
                .contains(new Integration(
                        "ERP",
                        "ck1",
                        "cs1",
                        "at1",
                        "ats1",
                        Set.of("Magento_Customer::manage", "Magento_Customer::delete")));
        assertThat(integrations.findByAccessToken("at2")).map(Integration::name).contains("Backup");
        assertThat(integrations.all()).hasSize(2);
    }

    @Test
    void grantsNothingWhenResourcesAreLeftOut() {
        Integrations integrations = IntegrationsFile.parse(json("[{\"name\": \"Read-only\", \"consumer_key\": \"ck\", "
                + "\"consumer_secret\": \"cs\", \"access_token\": \"at\", \"access_token_secret\": \"ats\"}]"));

        assertThat(integrations.findByConsumerKey("ck"))
                .map(Integration::resources)
                .contains(Set.of());
    }

    @Test
    void namesTheEntryAndKeyThatIsMissingButNoSecret() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntegrationsFile.parse(json("[" + ERP + ", "
                        + ERP.replace("\"access_token\": \"at1\",", "").replace("ck1", "ck2") + "]")))
                .withMessage("entry 1 needs a non-empty string \"access_token\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        IntegrationsFile.parse(json("[" + ERP.replace("[\"Magento_Customer::manage\",", "[1,") + "]")))
                .withMessageContaining("resources")
                .withMessageNotContaining("cs1");
    }

    @Test
    void refusesTwoIntegrationsWithOneConsumerKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IntegrationsFile.parse(json("[" + ERP + ", " + ERP.replace("at1", "at2") + "]")));
    }

    @Test
    void tellsWhichFileCouldNotBeRead(@TempDir Path dir) throws IOException {
        Path notAnArray = Files.writeString(dir.resolve("integrations.json"), "{\"name\": \"ERP\"}");

        assertThatIllegalStateException()
                .isThrownBy(() -> IntegrationsFile.read(notAnArray))
                .withMessageContaining("integrations.file")
                .withMessageContaining(notAnArray.toString());
        assertThatIllegalStateException()
                .isThrownBy(() -> IntegrationsFile.read(dir.resolve("missing.json")))
                .withMessageContaining("missing.json");
    }

    private static JsonArray json(String text) {
        return Json.createReader(new StringReader(text)).readArray();
    }
}
