package com.customeraccounts.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast-start layout ({@code mvn -Pfast-start package}) started as the README's Packaging section starts it:
 * the JVM maps the classes of the start from {@code customer-service.jsa} ({@code -Xshare:on} refuses to start
 * without an archive it can use), and the service answers as a single instance.
 */
class FastStartLayoutIT {

    private static final Path LAYOUT = Path.of("target", "customer-service").toAbsolutePath();
    private static final String FROM_THE_ARCHIVE = "source: shared objects file (top)";

    @TempDir
    Path run;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void startsWithTheClassesOfItsStartMappedFromTheArchiveAsASingleInstance() throws Exception {
        int port = freePort();
        Path classes = run.resolve("classes.log");
        Path log = run.resolve("service.log");
        service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:on",
                        "-XX:SharedArchiveFile=" + LAYOUT.resolve("customer-service.jsa"),
                        "-Xlog:class+load=info:file=" + classes,
                        "-Xmx192m",
                        "-XX:+UseSerialGC",
                        "-Ddata.dir=" + run.resolve("data"),
                        "-jar",
                        LAYOUT.resolve("launch-micro.jar").toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        HttpResponse<String> countries =
                firstAnswer(URI.create("http://127.0.0.1:" + port + "/rest/V1/directory/countries"), log);

        assertThat(countries.body()).contains("\"id\":\"US\"");
        List<String> loaded = Files.readAllLines(classes);
        assertThat(loaded)
                .as("Payara Micro's own classes")
                .anyMatch(line -> line.contains("fish.payara.micro.impl.PayaraMicroImpl " + FROM_THE_ARCHIVE));
        assertThat(loaded.stream()
                        .filter(line -> line.contains(FROM_THE_ARCHIVE))
                        .count())
                .as("classes mapped from the archive, of %d loaded", loaded.size())
                .isGreaterThan(loaded.size() / 2);
        assertThat(Files.readString(log))
                .contains("Rate limits are counted in this instance's memory (a single instance");
    }

    @Test
    void deploysTheServiceWithoutTheLibrariesPayaraShipsItself() throws IOException {
        Path libraries = LAYOUT.resolve("applications/ROOT/WEB-INF/lib");
        try (Stream<Path> jars = Files.list(libraries)) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .as("the deployed WAR's libraries (H2 and Nimbus JOSE+JWT are loaded from Payara's runtime)")
                    .isNotEmpty()
                    .allMatch(jar -> jar.startsWith("customer-") || jar.startsWith("notification-"));
        }
    }

    /** The first 200 of the service at {@code uri}, polled while it starts (it answers 404 and 500 until deployed). */
    private HttpResponse<String> firstAnswer(URI uri, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service is running (%s)", log).isTrue();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notListeningYet) {
                // the port opens partway through the start
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No 200 within 3 minutes: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
