package com.customeraccounts.persistence.database;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** The service's entities for a test, without a container. */
public final class ResourceLocalUnit {

    private ResourceLocalUnit() {}

    /**
     * EclipseLink outside a container: a resource-local unit over the given data source, unwoven, managing the
     * entities named.
     */
    public static EntityManagerFactory over(DataSource database, List<String> entities) {
        return over(database, entities, Map.of());
    }

    /** The same, with more EclipseLink properties. */
    public static EntityManagerFactory over(DataSource database, List<String> entities, Map<String, String> more) {
        PersistenceUnitInfo unit = new PersistenceUnitInfo() {
            @Override
            public String getPersistenceUnitName() {
                return "customers-it";
            }

            @Override
            public String getPersistenceProviderClassName() {
                return PersistenceProvider.class.getName();
            }

            @Override
            public PersistenceUnitTransactionType getTransactionType() {
                return PersistenceUnitTransactionType.RESOURCE_LOCAL;
            }

            @Override
            public DataSource getJtaDataSource() {
                return null;
            }

            @Override
            public DataSource getNonJtaDataSource() {
                return database;
            }

            @Override
            public List<String> getMappingFileNames() {
                return List.of();
            }

            @Override
            public List<URL> getJarFileUrls() {
                return List.of();
            }

            @Override
            public URL getPersistenceUnitRootUrl() {
                return SchemaMigration.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation();
            }

            @Override
            public List<String> getManagedClassNames() {
                return entities;
            }

            @Override
            public boolean excludeUnlistedClasses() {
                return true;
            }

            @Override
            public SharedCacheMode getSharedCacheMode() {
                return SharedCacheMode.UNSPECIFIED;
            }

            @Override
            public ValidationMode getValidationMode() {
                return ValidationMode.NONE;
            }

            @Override
            public Properties getProperties() {
                return new Properties();
            }

            @Override
            public String getPersistenceXMLSchemaVersion() {
                return "3.0";
            }

            @Override
            public ClassLoader getClassLoader() {
                return SchemaMigration.class.getClassLoader();
            }

            @Override
            public void addTransformer(ClassTransformer transformer) {}

            @Override
            public ClassLoader getNewTempClassLoader() {
                return SchemaMigration.class.getClassLoader();
            }
        };
        Map<String, String> properties = new HashMap<>(Map.of(
                "eclipselink.weaving", "false",
                // one connection held by the entity manager, as a pool would lend it: the test's data sources
                // open a new physical connection on every request
                "eclipselink.jdbc.exclusive-connection.mode", "Always",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.cache.shared.default", "false",
                "jakarta.persistence.schema-generation.database.action", "none"));
        properties.putAll(more);
        return new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
    }
}
