package com.customeraccounts.web.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.web.error.WebapiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRequestReaderTest {

    @TempDir
    Path dir;

    private ImportRequest read(String json) throws IOException {
        return ImportRequestReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), dir.resolve("spool.csv"));
    }

    @Test
    void readsTheSourceFieldsAndDecodesTheCsvIntoTheSpoolFile() throws IOException {
        String csv = "email,_website,_address_street\na@example.com,base,\"Main Street 1\nSuite 200\"\n";
        String base64 = Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
        ImportRequest request = read("{\"other\":[1,{\"x\":null}],\"source\":{\"entity\":\"customer\","
                + "\"behavior\":\"add_update\",\"validation_strategy\":\"validation-skip-errors\","
                + "\"allowed_error_count\":10,\"csv_data\":\"" + base64.replace("/", "\\/") + "\",\"more\":true}}");

        assertThat(request.entity()).isEqualTo("customer");
        assertThat(request.behavior()).isEqualTo("add_update");
        assertThat(request.validationStrategy()).isEqualTo("validation-skip-errors");
        assertThat(request.allowedErrorCount()).isEqualTo("10");
        assertThat(Files.readString(request.csv())).isEqualTo(csv);
    }

    @Test
    void readsCamelCaseKeysAndBase64WithLineBreaks() throws IOException {
        String base64 = Base64.getMimeEncoder().encodeToString("x".repeat(200).getBytes(StandardCharsets.UTF_8));
        ImportRequest request = read("{\"source\":{\"validationStrategy\":\"validation-stop-on-errors\","
                + "\"allowedErrorCount\":\"3\",\"csvData\":\"" + base64.replace("\r\n", "\\r\\n") + "\"}}");

        assertThat(request.validationStrategy()).isEqualTo("validation-stop-on-errors");
        assertThat(request.allowedErrorCount()).isEqualTo("3");
        assertThat(Files.readString(request.csv())).isEqualTo("x".repeat(200));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String broken : new String[] {
            "{\"source\":",
            "[1,2]",
            "{\"source\":{\"csv_data\":\"QQ==\"}} trailing",
            "{\"a\":tru}",
            "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"
        }) {
            assertThatThrownBy(() -> read(broken))
                    .as(broken)
                    .isInstanceOf(WebapiException.class)
                    .hasMessage("Decoding error.");
        }
    }

    @Test
    void refusesWith413AsSoonAsTheBodyPassesTheLimit() {
        InputStream body = new SequenceInputStream(
                new ByteArrayInputStream("{\"source\":{\"csv_data\":\"".getBytes(StandardCharsets.US_ASCII)),
                new InputStream() {
                    @Override
                    public int read() {
                        return 'A';
                    }
                });

        assertThatThrownBy(() -> ImportRequestReader.read(new LimitedInputStream(body, 10_000), dir.resolve("s")))
                .isInstanceOfSatisfying(
                        WebapiException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessage("The request body is larger than the 10000 bytes this route accepts.");
    }
}
