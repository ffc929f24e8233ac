package com.customeraccounts.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build packaged, deployed as {@code ROOT.war} so that it answers at the server root. */
public final class PackagedWar {

    private PackagedWar() {}

    public static WebArchive asRoot() {
        File war = new File(System.getProperty("it.war", "target/customer-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The WAR with settings of its own, in a library's {@code microprofile-config.properties} whose ordinal
     * is above the system properties' (400): for the few tests that need the service configured otherwise
     * than the rest of the run, whose server options are fixed when the first server starts.
     */
    public static WebArchive asRootWith(String... settings) {
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        for (String setting : settings) {
            properties.append(setting).append('\n');
        }
        return asRoot().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-settings.jar")
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties"));
    }
}
