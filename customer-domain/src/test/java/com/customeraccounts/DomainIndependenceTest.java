package com.customeraccounts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class DomainIndependenceTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.customeraccounts");

    @Test
    void importsTheDomainClasses() {
        assertThat(DOMAIN.contain("com.customeraccounts.account.PasswordPolicy"))
                .isTrue();
        assertThat(DOMAIN.contain(DomainIndependenceTest.class)).isFalse();
    }

    @Test
    void staysFreeOfPersistenceRestJsonAndMicroProfile() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("com.customeraccounts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "jakarta.ws.rs..",
                        "org.eclipse.persistence..",
                        "jakarta.json..",
                        "org.eclipse.microprofile..")
                .because("the domain holds no JPA, no JAX-RS, no JSON and no MicroProfile code");

        rule.check(DOMAIN);
    }
}
