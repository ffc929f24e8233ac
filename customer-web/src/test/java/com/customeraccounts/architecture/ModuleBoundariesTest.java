package com.customeraccounts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of {@code docs/architecture.md}, checked on the compiled classes of all modules (the
 * WAR's classpath holds them all): dependencies point inward, the domain knows no framework, the web
 * layer never touches persistence, and notification is reached only through events.
 */
class ModuleBoundariesTest {

    private static final String[] DOMAIN = {
        "com.customeraccounts.access..",
        "com.customeraccounts.account..",
        "com.customeraccounts.config..",
        "com.customeraccounts.customer..",
        "com.customeraccounts.directory..",
        "com.customeraccounts.email..",
        "com.customeraccounts.error..",
        "com.customeraccounts.lifecycle..",
        "com.customeraccounts.migration..",
        "com.customeraccounts.password..",
        "com.customeraccounts.store..",
        "com.customeraccounts.time..",
        "com.customeraccounts.trace.."
    };
    private static final String WEB = "com.customeraccounts.web..";
    private static final String PERSISTENCE = "com.customeraccounts.persistence..";
    private static final String NOTIFICATION = "com.customeraccounts.notification..";

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.customeraccounts");
    }

    @Test
    void checksTheClassesOfEveryModule() {
        assertThat(classes.contain("com.customeraccounts.account.AccountRegistration"))
                .isTrue();
        assertThat(classes.contain("com.customeraccounts.persistence.customer.JpaCustomerRepository"))
                .isTrue();
        assertThat(classes.contain("com.customeraccounts.web.customer.AccountLifecycleResource"))
                .isTrue();
    }

    @Test
    void theDomainImportsNoPersistenceRestJsonOrConfigFramework() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "jakarta.ws.rs..",
                        "org.eclipse.persistence..",
                        "jakarta.json..",
                        "org.eclipse.microprofile..",
                        "jakarta.servlet..",
                        "jakarta.mail..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, PERSISTENCE, NOTIFICATION)
                .check(classes);
    }

    @Test
    void theWebLayerNeverTouchesPersistenceOrCallsNotification() {
        noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, NOTIFICATION, "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void persistenceAndNotificationDependOnlyOnTheDomain() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, NOTIFICATION)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(NOTIFICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, PERSISTENCE)
                .check(classes);
    }

    /**
     * No package depends on another that depends back on it: the domain's packages, the modules among
     * themselves, and the packages within the web and persistence modules (notification is one package).
     */
    @Test
    void noPackageCycles() {
        slices().matching("com.customeraccounts.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
        slices().matching("com.customeraccounts.web.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
        slices().matching("com.customeraccounts.persistence.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
