package com.customeraccounts.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.access.AccessTokens;
import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.AdminIdentity;
import com.customeraccounts.access.AdminTokens;
import com.customeraccounts.access.CustomerTokens;
import com.customeraccounts.access.Integration;
import com.customeraccounts.access.Integrations;
import com.customeraccounts.access.MagentoTokens;
import com.customeraccounts.access.OAuthVerifier;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthorizationException;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.WebsiteId;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who a request comes from, for the settings a running service is not started with in the system tests. */
class CallersTest {

    private static final Integration ERP = new Integration(
            "ERP",
            "consumer-key-0123456789",
            "consumer-secret-0123",
            "access-token-0123456789ab",
            "token-secret-0123456789",
            Set.of(AclResource.ALL));
    private static final StoreView SECOND_WEBSITE_STORE =
            new StoreView(StoreId.of(2), "second", "Second", WebsiteId.of(2), 2, true);
    private static final StoreView DEFAULT_STORE =
            new StoreView(StoreId.of(1), "default", "Default Store View", WebsiteId.of(1), 1, true);
    private static final StoreView ADMIN_STORE =
            new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true);

    private final Map<String, String> config = new HashMap<>();
    private final Map<String, CustomerId> customerTokens = new HashMap<>();
    private int customerReads;

    @Test
    void acceptsAnIntegrationsAccessTokenAsBearerOnlyWhenSwitchedOn() {
        Callers callers = callers();
        assertThat(callers.of(request("Bearer " + ERP.accessToken())).isAllowed(AclResource.MANAGE))
                .isFalse();

        config.put("oauth/consumer/enable_integration_as_bearer", "1");
        assertThat(callers.of(request("Bearer " + ERP.accessToken())).isAllowed(AclResource.MANAGE))
                .isTrue();
    }

    @Test
    void letsACustomerUseAStoreOfAnotherWebsiteOnlyUnderGlobalAccountSharing() {
        customerTokens.put("customer-token", new CustomerId(7));
        Callers callers = callers();
        HttpServletRequest request = request("Bearer customer-token");

        assertThatThrownBy(() -> callers.self(request, SECOND_WEBSITE_STORE))
                .isInstanceOf(AuthorizationException.class);

        config.put("customer/account_share/scope", "0");
        assertThat(callers.self(request, SECOND_WEBSITE_STORE).id()).isEqualTo(new CustomerId(7));
    }

    @Test
    void readsTheCallingCustomerOnceForTheStoreCheckAndTheRoute() {
        customerTokens.put("customer-token", new CustomerId(7));
        CallingCustomer me = callers().self(request("Bearer customer-token"), DEFAULT_STORE);

        assertThat(me.customer().email()).isEqualTo(new EmailAddress("jane@example.com"));
        assertThat(me.customer().id()).isEqualTo(new CustomerId(7));
        assertThat(customerReads).isEqualTo(1);
    }

    @Test
    void refusesACustomerTheAdminStoreUnderEitherSharingScopeAsMagentoDoes() {
        customerTokens.put("customer-token", new CustomerId(7));
        Callers callers = callers();
        HttpServletRequest request = request("Bearer customer-token");

        assertThatThrownBy(() -> callers.self(request, ADMIN_STORE)).isInstanceOf(AuthorizationException.class);

        config.put("customer/account_share/scope", "0");
        assertThatThrownBy(() -> callers.self(request, ADMIN_STORE)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void makesAGuestOfAnUnknownTokenOrScheme() {
        Callers callers = callers();

        assertThat(callers.of(request("Bearer nobody")).customerId()).isEmpty();
        assertThat(callers.of(request("Basic YWRtaW46YWRtaW4=")).isAllowed(AclResource.CUSTOMER))
                .isFalse();
        assertThat(callers.of(request(null)).isAllowed(AclResource.CUSTOMER)).isFalse();
    }

    private Callers callers() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        StoreConfig storeConfig = new StoreConfig(key -> Optional.ofNullable(config.get(key)));
        Tokens tokens = new Tokens();
        Callers callers = new Callers();
        callers.config = storeConfig;
        callers.integrations = new Integrations(List.of(ERP));
        callers.oauth = new OAuthVerifier(callers.integrations, (consumer, nonce, time) -> true, clock);
        callers.adminTokens = new AdminTokens(tokens, null, null, clock);
        callers.customerTokens = new CustomerTokens(
                tokens, clock, null, null, new MagentoTokens(key -> Optional.empty(), tokens, clock), null);
        callers.lookup = new CustomerLookup(null, null, null, null) {
            @Override
            public Customer committed(CustomerId customerId) {
                customerReads++;
                return Customer.register(
                        new Customer.Registration(
                                customerId,
                                WebsiteId.of(1),
                                StoreId.of(1),
                                "Default Store View",
                                new GroupId(1),
                                ShareScope.of(1),
                                new EmailAddress("jane@example.com"),
                                new PersonName(null, "Jane", null, "Doe", null),
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                List.of(),
                                null,
                                null),
                        SecretToken.random(),
                        clock.instant());
            }
        };
        return callers;
    }

    /** Customer tokens by their hash; no admin tokens. */
    private final class Tokens implements AccessTokens {

        @Override
        public void saveAdminToken(String tokenHash, long adminId, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AdminIdentity> findAdmin(String tokenHash, Instant now) {
            return Optional.empty();
        }

        @Override
        public void saveCustomerToken(String tokenHash, CustomerId customer, Instant expiresAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CustomerId> findCustomer(String tokenHash, Instant now) {
            return customerTokens.entrySet().stream()
                    .filter(e -> SecretToken.sha256(e.getKey()).equals(tokenHash))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }

        @Override
        public void revokeCustomerTokens(CustomerId customer, Instant revokedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revokeCustomerTokensExcept(CustomerId customer, String keptTokenHash, Instant revokedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> customerTokensRevokedAt(CustomerId customer) {
            throw new UnsupportedOperationException();
        }
    }

    private static HttpServletRequest request(String authorization) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                CallersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getMethod" -> "GET";
                    case "getRequestURL" -> new StringBuffer("http://localhost:8080/rest/V1/customers/1");
                    case "getQueryString" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
