package com.customeraccounts.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.web.customer.AccountLifecycleResource;
import com.customeraccounts.web.customer.CustomerRepositoryResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

    @Test
    void aRouteIsItsResourcesPathTemplateNeverThePathAsSent() {
        assertThat(RouteTemplate.of(
                        CustomerRepositoryResource.class, method(CustomerRepositoryResource.class, "getById")))
                .isEqualTo("/V1/customers/{customerId}");
        assertThat(RouteTemplate.of(
                        AccountLifecycleResource.class,
                        annotatedWith(AccountLifecycleResource.class, "{email}/activate")))
                .isEqualTo("/V1/customers/{email}/activate");
    }

    @Test
    void aParametersRegularExpressionIsLeftOut() {
        assertThat(RouteTemplate.of(Sample.class, method(Sample.class, "item")))
                .isEqualTo("/V1/items/{itemId}/parts/{part}");
    }

    @Test
    void aRouteWithoutAPathOfItsOwnIsItsResources() {
        assertThat(RouteTemplate.of(Sample.class, method(Sample.class, "list"))).isEqualTo("/V1/items");
    }

    @Test
    void aRequestThatMatchedNoResourceMethodIsUnmatched() {
        assertThat(RouteTemplate.of(null, null)).isEqualTo(RouteTemplate.UNMATCHED);
    }

    @Path("/V1/items/")
    static class Sample {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{itemId: [0-9]+}//parts/{ part :[a-z]{2,3}}")
        public String item() {
            return "";
        }
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Method annotatedWith(Class<?> type, String path) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(Path.class)
                        && m.getAnnotation(Path.class).value().equals(path))
                .findFirst()
                .orElseThrow();
    }
}
