package com.customeraccounts.web.docs;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.web.access.Requires;
import com.customeraccounts.web.attribute.AttributeMetadataResource;
import com.customeraccounts.web.customer.AccountLifecycleResource;
import com.customeraccounts.web.customer.AddressesResource;
import com.customeraccounts.web.customer.CustomerAuditResource;
import com.customeraccounts.web.customer.CustomerEmailsResource;
import com.customeraccounts.web.customer.CustomerEventsResource;
import com.customeraccounts.web.customer.CustomerLockResource;
import com.customeraccounts.web.customer.CustomerRepositoryResource;
import com.customeraccounts.web.customer.MyAccountResource;
import com.customeraccounts.web.directory.CountriesResource;
import com.customeraccounts.web.group.CustomerGroupsResource;
import com.customeraccounts.web.migration.CsvImportResource;
import com.customeraccounts.web.migration.MigrationRunsResource;
import com.customeraccounts.web.store.StoresResource;
import com.customeraccounts.web.token.AdminTokenResource;
import com.customeraccounts.web.token.CustomerTokenResource;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The security schemes of each documented route, read from the {@link Requires} that the route's access is
 * checked by: a customer token for {@code self}, an admin token or an OAuth 1.0a signature for an ACL
 * resource, none for an anonymous route.
 */
final class RouteSecurity {

    /** Every resource class; {@code DocumentedResourcesTest} keeps it whole. */
    static final List<Class<?>> RESOURCES = List.of(
            AccountLifecycleResource.class,
            MyAccountResource.class,
            CustomerRepositoryResource.class,
            AddressesResource.class,
            CustomerEmailsResource.class,
            CustomerLockResource.class,
            CustomerAuditResource.class,
            CustomerEventsResource.class,
            AttributeMetadataResource.class,
            CustomerGroupsResource.class,
            CustomerTokenResource.class,
            AdminTokenResource.class,
            StoresResource.class,
            CountriesResource.class,
            CsvImportResource.class,
            MigrationRunsResource.class,
            SchemaResource.class);

    static final List<String> CUSTOMER = List.of("customerToken");
    static final List<String> ADMINISTRATIVE = List.of("adminToken", "oauth1");

    private static final Map<String, List<String>> BY_OPERATION = byOperation();

    private RouteSecurity() {}

    static Optional<List<String>> of(String operationId) {
        return Optional.ofNullable(BY_OPERATION.get(operationId));
    }

    private static Map<String, List<String>> byOperation() {
        Map<String, List<String>> schemes = new HashMap<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null && !operation.operationId().isEmpty()) {
                    schemes.put(operation.operationId(), schemes(method));
                }
            }
        }
        return Map.copyOf(schemes);
    }

    private static List<String> schemes(Method method) {
        Requires required = method.isAnnotationPresent(Requires.class)
                ? method.getAnnotation(Requires.class)
                : method.getDeclaringClass().getAnnotation(Requires.class);
        if (required == null) {
            return List.of();
        }
        return AclResource.SELF.equals(required.value()) ? CUSTOMER : ADMINISTRATIVE;
    }
}
