package com.customeraccounts.account;

import static com.customeraccounts.account.CustomerFixtures.NOW;
import static com.customeraccounts.account.CustomerFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.PasswordResetCompleted;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.error.InputException;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private static final String TOKEN_MISMATCHED = "The password token is mismatched. Reset and try again.";

    private final CustomerFixtures shop = new CustomerFixtures();
    private final RecordingEvent<PasswordResetRequested> requested = new RecordingEvent<>();
    private final RecordingEvent<PasswordResetCompleted> completed = new RecordingEvent<>();
    private final PasswordReset reset = new PasswordReset(
            shop.customers,
            shop.lookup(),
            shop.resetRequests,
            shop.tokens,
            shop.passwordPolicy(),
            shop.hasher,
            shop.storeConfig,
            shop.stores,
            shop.clock,
            requested,
            completed,
            shop.audit);
    private final Website main = shop.stores.website(WebsiteId.of(1)).orElseThrow();

    @Test
    void theEmailedTokenSetsTheNewPasswordOnceAndSignsOutEverywhere() {
        Customer jane = shop.jane();
        shop.tokens.saveCustomerToken("a-device", jane.id(), NOW.plusSeconds(3600));
        reset.initiate("jane@example.com", PasswordReset.EMAIL_RESET, null, main);
        String token = requested.fired.get(0).resetToken().value();

        reset.reset("jane@example.com", token, "Another456", main);

        assertThat(shop.hasher.matches(
                        "Another456", shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
        assertThat(shop.tokens.findCustomer("a-device", NOW)).isEmpty();
        assertThat(completed.fired).containsExactly(new PasswordResetCompleted(jane.id()));
        assertThatThrownBy(() -> reset.reset("jane@example.com", token, "Third789x", main))
                .isInstanceOf(InputException.class)
                .hasMessage(TOKEN_MISMATCHED);
    }

    @Test
    void aTokenThatIsNotTheCustomersChangesNothing() {
        Customer jane = shop.jane();

        assertThatThrownBy(() -> reset.reset("jane@example.com", "not-the-token", "Another456", main))
                .isInstanceOf(InputException.class)
                .hasMessage(TOKEN_MISMATCHED);
        assertThat(completed.fired).isEmpty();
        assertThat(shop.hasher.matches(
                        PASSWORD, shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
    }

    @Test
    void theNewPasswordMayNotBeTheEmail() {
        Customer jane = shop.jane();
        reset.initiate("jane@example.com", PasswordReset.EMAIL_RESET, null, main);
        String token = requested.fired.get(0).resetToken().value();

        assertThatThrownBy(() -> reset.reset("jane@example.com", token, "jane@example.com", main))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("The password can't be the same as the email address.");
        assertThat(shop.hasher.matches(
                        PASSWORD, shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
    }
}
