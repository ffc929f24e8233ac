package com.customeraccounts.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The Payara Micro a {@link SystemTest} talks to, started once per JVM, that is once per failsafe execution and
 * so once per database: the packaged WAR with every probe beside it, started for the first system test and
 * stopped when the run ends. Its data directory and its database are the run's ({@link TestServer#dataDir},
 * {@link TestServer#postgresDatabase}); the {@link ServiceProcess} tests, which stop and start services of
 * their own meanwhile, use others.
 *
 * <p>A class whose service must be configured otherwise names its archive with a static {@link OwnServer}
 * method and gets a server of its own for its tests only, with its own data directory and, on PostgreSQL,
 * its own database: its settings (low rate limits, a Magento database to pull from) reach no other class.
 *
 * <p>Arquillian's managed Payara Micro starts a server per deployment and a deployment per test class; sharing
 * one across classes would take the Arquillian Suite extension, which has no JUnit 5 form.
 */
final class SystemTestServer implements BeforeEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(SystemTestServer.class);
    /** The probes leave the document at {@code /openapi} as the packaged WAR alone serves it. */
    private static final String PROBES_UNDOCUMENTED =
            "-Dmp.openapi.scan.exclude.packages=" + SystemTestServer.class.getPackageName();

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        Running server = ownArchive(testClass)
                .map(archive -> classContext
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(testClass, key -> own(testClass, archive), Running.class))
                .orElseGet(() -> context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(SystemTestServer.class, key -> shared(), Running.class));
        SystemTest test = (SystemTest) context.getRequiredTestInstance();
        test.base = server.process().url();
        test.serverLog = server.process().logs().get(0);
    }

    private static Running shared() {
        WebArchive war = PackagedWar.asRoot()
                .addClasses(
                        ClockProbe.class,
                        ClockProbe.ShiftedClock.class,
                        OutboxProbe.class,
                        PasswordHashProbe.class,
                        RegisteredEventsProbe.class,
                        FailingServletProbe.class);
        List<String> options = new ArrayList<>(List.of(
                PROBES_UNDOCUMENTED,
                // accepts only tokens signed with this key, which no test but MagentoTokensIT makes
                "-Dmagento.crypt.key=" + MagentoTokensIT.CRYPT_KEY));
        options.addAll(TestServer.databaseOptions(TestServer.SHARED_DATABASE));
        return Running.start(war, TestServer.dataDir(), options);
    }

    private static Running own(Class<?> testClass, Method archive) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT);
        try {
            String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), name + "-")
                    .toString();
            return Running.start((WebArchive) archive.invoke(null), dataDir, TestServer.databaseOptions(name));
        } catch (IOException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot start the server of " + testClass.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The archive of " + testClass.getName() + " failed", e.getCause());
        }
    }

    private static Optional<Method> ownArchive(Class<?> testClass) {
        return Arrays.stream(testClass.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(OwnServer.class))
                .peek(method -> {
                    if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
                        throw new IllegalStateException(
                                "@OwnServer takes a static method without parameters: " + method);
                    }
                    method.setAccessible(true);
                })
                .findFirst();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    /** A started server, stopped when the store it is kept in closes (the class's, or the run's). */
    private record Running(ServiceProcess process) implements AutoCloseable {

        static Running start(WebArchive war, String dataDir, List<String> options) {
            ServiceProcess process = new ServiceProcess();
            boolean started = false;
            try {
                process.start(war, dataDir, options.toArray(String[]::new));
                started = true;
                return new Running(process);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start Payara Micro", e);
            } finally {
                if (!started) {
                    stopQuietly(process);
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.stop();
        }

        private static void stopQuietly(ServiceProcess process) {
            try {
                process.stop();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
