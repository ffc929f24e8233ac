package com.customeraccounts.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * The CSV import row: one {@code POST /V1/import/csv} of a Magento composite file (a customer and one address
 * per row, a Magento password hash each, a two-line street), timed from the first byte sent to the answer,
 * which must be Magento's {@code ["Entities Processed: N"]} (a customer and an address each count).
 */
final class CsvImportBench {

    private static final String HEADER = "email,_website,_store,firstname,lastname,gender,group_id,password_hash,"
            + "_address_city,_address_country_id,_address_firstname,_address_lastname,_address_postcode,"
            + "_address_region,_address_street,_address_telephone,_address_default_billing_,_address_default_shipping_";
    /** A hash in Magento's version-1 form (sha256 hex, salt, version), stored as it is: the import hashes nothing. */
    private static final String HASH = "4b9a2d2a8b3f3e0b6b1f0c1f1e8f2a9e6c5d4b3a29181706f5e4d3c2b1a09f8e:mgLqkq:1";

    record Result(int customers, long bodyBytes, long millis, int status, String answer, boolean answeredAsMagento) {

        double perSecond() {
            return customers * 1000.0 / Math.max(1, millis);
        }
    }

    private final String base;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    CsvImportBench(String base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    Result run(int customers, String runId) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream(customers * 200);
        csv.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < customers; i++) {
            csv.writeBytes(String.format(Locale.ROOT, "import-%s-%d@example.com,base,default,First%d,Last%d,Male,1,%s,"
                    + "Springfield,US,First%d,Last%d,62701,IL,\"%d Main Street\nSuite %d\",555-0100,1,1\n", runId, i, i,
                    i, HASH, i, i, i, i % 100).getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = ("{\"source\":{\"entity\":\"customer_composite\",\"behavior\":\"append\","
                + "\"validation_strategy\":\"validation-stop-on-errors\",\"allowed_error_count\":\"0\",\"csv_data\":\""
                + Base64.getEncoder().encodeToString(csv.toByteArray()) + "\"}}").getBytes(StandardCharsets.US_ASCII);
        Bench.log("import: %d customers, a body of %.1f MiB", customers, body.length / 1048576.0);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/rest/V1/import/csv"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String expected = "[\"Entities Processed: " + customers * 2 + "\"]";
        String answer = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
        return new Result(customers, body.length, millis, response.statusCode(), answer,
                response.statusCode() == 200 && response.body().equals(expected));
    }
}
