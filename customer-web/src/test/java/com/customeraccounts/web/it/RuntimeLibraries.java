package com.customeraccounts.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The layout of the uber jar (ear-assembly's pom), for the suite's own Payara Micro processes: the WAR keeps
 * only the service's modules. The libraries Payara Micro also ships leave it for good (their classes are loaded
 * from Payara's runtime whatever the WAR holds); every other library leaves it for the runtime's class path
 * ({@code --addlibs}), where Payara does not scan its classes at deployment.
 */
final class RuntimeLibraries {

    private static final String LIB = "WEB-INF/lib/";
    private static final List<String> STAY = List.of("customer-", "notification-");
    private static final List<String> SHIPPED_BY_PAYARA = List.of("h2-", "nimbus-jose-jwt-");

    private RuntimeLibraries() {}

    static boolean staysInWar(String jarName) {
        return STAY.stream().anyMatch(jarName::startsWith);
    }

    static boolean shippedByPayara(String jarName) {
        return SHIPPED_BY_PAYARA.stream().anyMatch(jarName::startsWith);
    }

    /**
     * Moves the libraries that leave {@code war} into {@code libraries}, but for those Payara ships, and rewrites
     * {@code war} without them.
     */
    static void split(Path war, Path libraries) throws IOException {
        Files.createDirectories(libraries);
        Path kept = war.resolveSibling(war.getFileName() + ".kept");
        try (ZipFile in = new ZipFile(war.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kept))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String jar = name.startsWith(LIB) ? name.substring(LIB.length()) : "";
                try (InputStream content = in.getInputStream(entry)) {
                    boolean library = jar.endsWith(".jar") && !jar.contains("/");
                    if (library && shippedByPayara(jar)) {
                        continue;
                    }
                    if (library && !staysInWar(jar)) {
                        Files.copy(content, libraries.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        out.putNextEntry(new ZipEntry(name));
                        content.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        Files.move(kept, war, StandardCopyOption.REPLACE_EXISTING);
    }
}
