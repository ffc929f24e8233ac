package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.customer.ConfirmationRequested;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.InputException;
import com.customeraccounts.store.WebsiteId;
import org.junit.jupiter.api.Test;

class AccountConfirmationTest {

    private final CustomerFixtures shop = new CustomerFixtures();
    private final RecordingEvent<CustomerConfirmed> confirmed = new RecordingEvent<>();
    private final RecordingEvent<ConfirmationRequested> requested = new RecordingEvent<>();
    private final AccountConfirmation confirmation = new AccountConfirmation(
            shop.customers, shop.lookup(), shop.storeConfig, shop.stores, shop.clock, confirmed, requested, shop.audit);
    private final SecretToken key = SecretToken.random();

    @Test
    void theKeyFromTheEmailActivatesTheAccountAndSaysSo() {
        shop.config.put(ConfigPath.CONFIRM, "1");
        Customer jane = shop.registered("jane@example.com", key);
        assertThat(confirmation.status(jane.id())).isEqualTo(AccountConfirmation.REQUIRED);

        confirmation.activateById(jane.id(), key.value());

        assertThat(confirmation.status(jane.id())).isEqualTo(AccountConfirmation.CONFIRMED);
        assertThat(confirmed.fired)
                .singleElement()
                .satisfies(e -> assertThat(e.customerId()).isEqualTo(jane.id()));
    }

    @Test
    void aWrongKeyLeavesTheAccountUnconfirmed() {
        shop.config.put(ConfigPath.CONFIRM, "1");
        Customer jane = shop.registered("jane@example.com", key);

        assertThatThrownBy(() -> confirmation.activateById(jane.id(), "wrong"))
                .isInstanceOf(InputException.class)
                .hasMessage("The confirmation token is invalid. Verify the token and try again.");
        assertThat(confirmation.status(jane.id())).isEqualTo(AccountConfirmation.REQUIRED);
        assertThat(confirmed.fired).isEmpty();
    }

    @Test
    void aResentEmailCarriesANewKeyAndTheOldOneStopsWorking() {
        shop.config.put(ConfigPath.CONFIRM, "1");
        Customer jane = shop.registered("jane@example.com", key);

        confirmation.resend(
                "jane@example.com",
                null,
                null,
                shop.stores.website(WebsiteId.of(1)).orElseThrow());
        SecretToken renewed = requested.fired.get(0).confirmationKey();

        assertThatThrownBy(() -> confirmation.activateById(jane.id(), key.value()))
                .isInstanceOf(InputException.class);
        confirmation.activateById(jane.id(), renewed.value());
        assertThat(confirmation.status(jane.id())).isEqualTo(AccountConfirmation.CONFIRMED);
    }

    @Test
    void aWebsiteThatDoesNotAskForConfirmationSaysItIsNotRequired() {
        Customer jane = shop.registered("jane@example.com", key);

        assertThat(confirmation.status(jane.id())).isEqualTo(AccountConfirmation.NOT_REQUIRED);
    }
}
