package com.customeraccounts.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource missing from {@link RouteSecurity} would be documented as needing no token at all. */
class DocumentedResourcesTest {

    @Test
    void knowsTheSecurityOfEveryResource() {
        List<Class<?>> resources = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.customeraccounts.web")
                        .stream()
                        .filter(type -> type.isAnnotatedWith(Path.class))
                        .<Class<?>>map(JavaClass::reflect)
                        .toList();

        assertThat(resources).hasSizeGreaterThan(10);
        assertThat(RouteSecurity.RESOURCES).containsExactlyInAnyOrderElementsOf(resources);
    }

    @Test
    void documentsTheTokenEachKindOfRouteNeeds() {
        assertThat(RouteSecurity.of("customerCustomerRepositoryV1GetByIdGet")).contains(RouteSecurity.CUSTOMER);
        assertThat(RouteSecurity.of("customerCustomerRepositoryV1GetListGet")).contains(RouteSecurity.ADMINISTRATIVE);
        assertThat(RouteSecurity.of("customerGroupRepositoryV1GetByIdGet")).contains(RouteSecurity.ADMINISTRATIVE);
        assertThat(RouteSecurity.of("customerAccountManagementV1CreateAccountPost"))
                .contains(List.of());
    }
}
