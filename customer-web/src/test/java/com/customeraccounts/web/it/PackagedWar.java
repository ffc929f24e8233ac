package com.customeraccounts.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build packaged, deployed as {@code ROOT.war} so that it answers at the server root. */
public final class PackagedWar {

    private PackagedWar() {
    }

    public static WebArchive asRoot() {
        File war = new File(System.getProperty("it.war", "target/customer-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
