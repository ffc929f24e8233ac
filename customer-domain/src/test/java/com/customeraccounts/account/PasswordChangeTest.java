package com.customeraccounts.account;

import static com.customeraccounts.account.CustomerFixtures.NOW;
import static com.customeraccounts.account.CustomerFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.access.CustomerSignIn;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.InputException;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    private final CustomerFixtures shop = new CustomerFixtures();
    private final PasswordChange change = new PasswordChange(
            shop.customers,
            shop.lookup(),
            shop.tokens,
            shop.passwordPolicy(),
            shop.hasher,
            new CustomerSignIn(
                    shop.customers,
                    shop.lookup(),
                    shop.tokens,
                    shop.hasher,
                    shop.storeConfig,
                    shop.stores,
                    shop.clock,
                    new RecordingEvent<>(),
                    shop.audit),
            shop.clock,
            shop.audit);

    @Test
    void theNewPasswordSignsInAndOnlyTheTokenOfTheRequestKeepsWorking() {
        Customer jane = shop.jane();
        shop.tokens.saveCustomerToken("this-request", jane.id(), NOW.plusSeconds(3600));
        shop.tokens.saveCustomerToken("another-device", jane.id(), NOW.plusSeconds(3600));

        change.change(jane.id(), PASSWORD, "Another456", "this-request");

        assertThat(shop.hasher.matches(
                        "Another456", shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
        assertThat(shop.tokens.findCustomer("this-request", NOW)).contains(jane.id());
        assertThat(shop.tokens.findCustomer("another-device", NOW)).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Customer jane = shop.jane();

        assertThatThrownBy(() -> change.change(jane.id(), "Wrong123", "Another456", null))
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("The password doesn't match this account. Verify the password and try again.");
        assertThat(shop.hasher.matches(
                        PASSWORD, shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
    }

    @Test
    void theNewPasswordMayNotBeTheEmail() {
        Customer jane = shop.jane();

        assertThatThrownBy(() -> change.change(jane.id(), PASSWORD, "jane@example.com", null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("The password can't be the same as the email address.");
        assertThat(shop.hasher.matches(
                        PASSWORD, shop.customers.stored(jane.id()).passwordHash()))
                .isTrue();
    }
}
