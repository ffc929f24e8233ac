package com.customeraccounts.account;

import static com.customeraccounts.account.CustomerFixtures.NOW;
import static com.customeraccounts.account.CustomerFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.access.CustomerSignIn;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.password.LegacyPasswordChecked;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a sign-in tells its observers: a locked account apart from a wrong password, and Magento's hashes checked. */
class SignInOutcomesTest {

    private static final String MAGENTO_HASH = "f2b3ed3d33e85fb25256830a1d390526:ab:0";
    private static final String MAGENTO_PASSWORD = "Magento-Passw0rd";

    private final CustomerFixtures shop = new CustomerFixtures();
    private final RecordingEvent<LegacyPasswordChecked> legacy = new RecordingEvent<>();
    private final CustomerSignIn signIn = new CustomerSignIn(
            shop.customers,
            shop.lookup(),
            shop.tokens,
            shop.hasher,
            shop.storeConfig,
            shop.stores,
            shop.clock,
            legacy,
            shop.audit);

    @Test
    void aLockedAccountIsRefusedAsLockedEvenWithTheRightPassword() {
        Customer jane = shop.jane();
        jane.recordFailedSignIn(NOW, 2, Duration.ofMinutes(10));
        jane.recordFailedSignIn(NOW, 2, Duration.ofMinutes(10));
        shop.customers.update(jane);

        assertThat(signIn.attempt("jane@example.com", PASSWORD, shop.stores.defaultStoreView())
                        .result())
                .isEqualTo(CustomerSignIn.Outcome.Result.LOCKED);
    }

    @Test
    void aWrongPasswordIsRefusedAndABcryptHashIsNoLegacyCheck() {
        shop.jane();

        assertThat(signIn.attempt("jane@example.com", "Wrong-Passw0rd", shop.stores.defaultStoreView())
                        .result())
                .isEqualTo(CustomerSignIn.Outcome.Result.REFUSED);
        assertThat(signIn.attempt("jane@example.com", PASSWORD, shop.stores.defaultStoreView())
                        .result())
                .isEqualTo(CustomerSignIn.Outcome.Result.TOKEN);
        assertThat(legacy.fired).isEmpty();
    }

    @Test
    void aMagentoHashIsCheckedAndUpgradedOnceItsPasswordMatches() {
        Customer jane = shop.jane();
        jane.rehashPassword(MAGENTO_HASH);
        shop.customers.update(jane);

        signIn.attempt("jane@example.com", "Wrong-Passw0rd", shop.stores.defaultStoreView());
        signIn.attempt("jane@example.com", MAGENTO_PASSWORD, shop.stores.defaultStoreView());
        signIn.attempt("jane@example.com", MAGENTO_PASSWORD, shop.stores.defaultStoreView());

        assertThat(legacy.fired)
                .containsExactly(new LegacyPasswordChecked(false, false), new LegacyPasswordChecked(true, true));
    }
}
