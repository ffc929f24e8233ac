package com.customeraccounts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.InMemoryAuditLog;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.CustomerLookup;
import com.customeraccounts.customer.CustomerRepository;
import com.customeraccounts.customer.CustomerSearch;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.Stores;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sign-in for an account that does not exist does the same password work as a wrong password. */
class UnknownAccountSignInTest {

    private final CountingHasher hasher = new CountingHasher();
    private final StoreConfig config = new StoreConfig(key -> Optional.empty());
    private final Stores stores = Stores.magentoDefault();

    @Test
    void checksAPasswordHashForAnUnknownAdminUsername() {
        AdminSignIn signIn = new AdminSignIn(
                nothing(Administrators.class), nothing(AccessTokens.class), hasher, config, Clock.systemUTC());
        AdminTokens tokens = new AdminTokens(
                nothing(AccessTokens.class),
                signIn,
                new TokenRequestThrottle(nothing(TokenRequestLog.class), config, Clock.systemUTC()),
                Clock.systemUTC());

        assertThatThrownBy(() -> tokens.issue("nobody", "Secret123")).isInstanceOf(AuthenticationException.class);

        assertThat(hasher.checkedHashes).hasSize(1);
    }

    @Test
    void checksAPasswordHashForAnUnknownCustomerEmail() {
        CustomerRepository customers = nothing(CustomerRepository.class);
        CustomerSignIn signIn = new CustomerSignIn(
                customers,
                new CustomerLookup(customers, nothing(CustomerSearch.class), stores, config),
                nothing(AccessTokens.class),
                hasher,
                config,
                stores,
                Clock.systemUTC(),
                null,
                new AccountAudit(new InMemoryAuditLog(), Clock.systemUTC()));

        CustomerSignIn.Outcome outcome = signIn.attempt("nobody@example.com", "Secret123", stores.defaultStoreView());

        assertThat(outcome.result()).isEqualTo(CustomerSignIn.Outcome.Result.REFUSED);
        assertThat(hasher.checkedHashes).hasSize(1);
    }

    /** A port that holds nothing: every look-up finds nothing. */
    @SuppressWarnings("unchecked")
    private static <T> T nothing(Class<T> port) {
        return (T) Proxy.newProxyInstance(
                port.getClassLoader(),
                new Class<?>[] {port},
                (proxy, method, args) -> method.getReturnType() == Optional.class
                        ? Optional.empty()
                        : method.getReturnType() == boolean.class
                                ? false
                                : method.getReturnType() == int.class ? 0 : null);
    }

    private static final class CountingHasher extends PasswordHasher {

        final List<String> checkedHashes = new ArrayList<>();

        CountingHasher() {
            super(4);
        }

        @Override
        public boolean matches(String password, String hash) {
            checkedHashes.add(String.valueOf(hash));
            return super.matches(password, hash);
        }
    }
}
