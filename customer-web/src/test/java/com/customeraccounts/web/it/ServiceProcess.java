package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The service in a Payara Micro process of its own, as an operator runs it: for the tests that stop or
 * kill it, or give it other JVM options than the suite's server (appended, so a later {@code -Xmx} wins).
 * Its output goes to a log file per start.
 */
final class ServiceProcess {

    private static final Random PORTS = new Random();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private final int port = freePort();
    private final List<Path> logs = new ArrayList<>();
    private Process process;

    /**
     * Starts the archive with the suite's JVM options, data under {@code dataDir}, and waits until it answers: a
     * single instance, as the uber jar runs by default, whose built-in {@code --nocluster} is this system property
     * (which the service reads to count its rate limits in memory; the command-line flag leaves it unset).
     */
    void start(WebArchive war, String dataDir, String... extraJvmOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of("-Dpayaramicro.noCluster=true"));
        options.addAll(Arrays.asList(extraJvmOptions));
        launch(war, dataDir, List.of(), options.toArray(String[]::new));
        awaitAnswer();
    }

    /**
     * Starts the archive with the suite's JVM options and then these, and these Payara Micro options (a
     * cluster's, say), and returns at once: {@link #awaitAnswer} waits for it.
     */
    void launch(WebArchive war, String dataDir, List<String> payaraOptions, String... extraJvmOptions)
            throws IOException {
        Path deployment = Files.createDirectories(
                Path.of("target", "service-process", Integer.toString(port)).toAbsolutePath());
        Path warFile = deployment.resolve("ROOT.war");
        war.as(ZipExporter.class).exportTo(warFile.toFile(), true);
        Path libraries = deployment.resolve("lib");
        RuntimeLibraries.split(warFile, libraries);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // C1 alone starts Payara Micro about a third sooner on two cores (C2 compiles compete with the deployment
        // for the CPU) and hashes bcrypt about a tenth slower: the suite starts some thirty services
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(Arrays.asList(TestServer.jvmOptions(dataDir).split(" ")));
        command.addAll(Arrays.asList(extraJvmOptions));
        command.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--addlibs",
                libraries.toString(),
                "--deploy",
                warFile.toString(),
                "--port",
                Integer.toString(port),
                "--disablephonehome"));
        command.addAll(payaraOptions);
        Path log = deployment.resolve("payara-micro-" + (logs.size() + 1) + ".log");
        logs.add(log);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    CustomerApi api() {
        return new CustomerApi(url());
    }

    /** Where it answers: the server root. */
    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Every log this service wrote, one per start. */
    List<Path> logs() {
        return List.copyOf(logs);
    }

    /** Waits (a guard of 60 s) until the last start's log shows this, e.g. that it tried a delivery and failed. */
    void awaitInLog(String text) throws IOException {
        Path log = logs.get(logs.size() - 1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.readString(log).contains(text)) {
            assertThat(Instant.now()).as("'%s' in %s", text, log).isBefore(deadline);
            MailServer.sleep(100);
        }
    }

    /**
     * Pauses it (SIGSTOP), as a long garbage collection, a frozen virtual machine or a cut network would: it
     * answers nothing, to HTTP or to the data grid, until {@link #resume}.
     */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Lets a paused instance go on (SIGCONT). */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -%s", signal).isZero();
    }

    /** Kills it (SIGKILL), as a crash or an out-of-memory killer would, and waits until it is gone. */
    void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Stops it as an operator does (SIGTERM), killing it only if it has not stopped within 60 s. */
    void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Sends it SIGTERM, as an orchestrator stopping it does, and returns at once. */
    void terminate() {
        process.destroy();
    }

    /** Waits (up to {@code timeout}) until it has exited, and returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .as("the service exited within %s", timeout)
                .isTrue();
        return process.exitValue();
    }

    /**
     * Waits (up to 120 s) until the last start answers requests; if it does not, the failure says what it last
     * answered and ends with its log's last lines, which say why.
     */
    void awaitAnswer() {
        CustomerApi api = api();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String last = "nothing: it was not listening";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                // the log is read only then: it may be megabytes, and this runs every 250 ms
                throw new AssertionError("the service process exited; " + logTail());
            }
            try {
                ApiResponse answer = api.post("rest/V1/customers", "{}", List.of());
                if (answer.status() == 400) {
                    return;
                }
                last = answer.status() + " " + answer.body();
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            MailServer.sleep(250);
        }
        throw new AssertionError(
                "the service did not answer within 120 s; it last answered " + last + "; " + logTail());
    }

    private String logTail() {
        Path log = logs.get(logs.size() - 1);
        try {
            List<String> lines = Files.readAllLines(log);
            return "the end of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "its log " + log + " could not be read: " + e;
        }
    }

    /**
     * A port no listener holds, below the range the kernel hands out to outgoing connections (32768 and up on
     * Linux): a port from that range can be taken by any connection the suite opens in the seconds before Payara
     * binds it. Each port is handed out once per run, so two processes started together never share one.
     */
    static synchronized int freePort() {
        while (true) {
            int candidate = 20000 + PORTS.nextInt(12000);
            if (HANDED_OUT.add(candidate) && isFree(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
