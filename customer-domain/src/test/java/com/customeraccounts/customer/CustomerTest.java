package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.WebsiteId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant REGISTERED = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant LATER = REGISTERED.plusSeconds(60);
    private static final Duration DAY = Duration.ofDays(1);

    private final SecretToken welcomeToken = SecretToken.random();

    @Test
    void aNewPasswordUsesUpTheResetTokenAndForgetsTheFailedSignIns() {
        Customer jane = jane(List.of());
        jane.recordFailedSignIn(REGISTERED, 3, Duration.ofMinutes(10));

        jane.changePassword("new-hash", LATER);

        assertThat(jane.passwordHash()).isEqualTo("new-hash");
        assertThat(jane.hasFailedSignIns()).isFalse();
        assertThat(jane.snapshot().updatedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> jane.checkResetToken(welcomeToken.value(), LATER, DAY))
                .isInstanceOf(InputException.class)
                .hasMessage(Customer.TOKEN_MISMATCHED);
        assertThat(jane.email().value()).isEqualTo("jane@example.com");
        assertThat(jane.snapshot().createdAt()).isEqualTo(REGISTERED);
    }

    @Test
    void aRehashedPasswordChangesNothingElseNotEvenTheUpdateTime() {
        Customer jane = jane(List.of());

        jane.rehashPassword("rehashed");

        assertThat(jane.passwordHash()).isEqualTo("rehashed");
        assertThat(jane.snapshot().updatedAt()).isEqualTo(REGISTERED);
        jane.checkResetToken(welcomeToken.value(), LATER, DAY);
    }

    @Test
    void aSnapshotHandedOutStaysAsItWasWhenTheCustomerChanges() {
        Customer jane = jane(List.of());
        CustomerSnapshot before = jane.snapshot();

        jane.issueResetToken(SecretToken.random(), LATER);
        jane.changePassword("new-hash", LATER);

        assertThat(before.passwordHash()).isEqualTo("hash");
        assertThat(before.resetTokenHash()).isEqualTo(welcomeToken.hash());
        assertThat(jane.snapshot()).isNotEqualTo(before);
    }

    @Test
    void confirmingClearsThePendingKeyOnlyWithTheRightKey() {
        SecretToken key = SecretToken.random();
        Customer jane = Customer.register(registration(List.of(), key), welcomeToken, REGISTERED);

        assertThatThrownBy(() -> jane.confirm("wrong", LATER)).hasMessage(Customer.INVALID_CONFIRMATION);
        assertThat(jane.isConfirmed()).isFalse();
        jane.confirm(key.value(), LATER);

        assertThat(jane.isConfirmed()).isTrue();
        assertThatThrownBy(() -> jane.confirm(key.value(), LATER)).hasMessage(Customer.ALREADY_ACTIVE);
    }

    @Test
    void removingTheDefaultAddressLeavesTheCustomerWithoutThatDefault() {
        Address home = address(1);
        Address office = address(2);
        Customer jane =
                jane(List.of(new Customer.NewAddress(home, true, false), new Customer.NewAddress(office, false, true)));

        jane.removeAddress(home.id(), LATER);

        assertThat(jane.addresses()).containsExactly(office);
        assertThat(jane.defaultBilling()).isEmpty();
        assertThat(jane.defaultShipping()).contains(office.id());
    }

    @Test
    void twoCustomersWithTheSameIdAreTheSameCustomerWhateverTheirState() {
        Customer jane = jane(List.of());
        Customer loadedEarlier = Customer.restore(jane.snapshot());
        jane.changePassword("new-hash", LATER);
        Customer someoneElse = Customer.register(
                new Customer.Registration(
                        new CustomerId(8),
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
                        "hash",
                        null,
                        0,
                        List.of(),
                        null,
                        null),
                welcomeToken,
                REGISTERED);

        assertThat(loadedEarlier).isEqualTo(jane).hasSameHashCodeAs(jane);
        assertThat(someoneElse).isNotEqualTo(jane);
    }

    private Customer jane(List<Customer.NewAddress> addresses) {
        return Customer.register(registration(addresses, null), welcomeToken, REGISTERED);
    }

    private static Customer.Registration registration(List<Customer.NewAddress> addresses, SecretToken confirmation) {
        return new Customer.Registration(
                new CustomerId(7),
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
                "hash",
                confirmation,
                0,
                addresses,
                null,
                null);
    }

    private static Address address(long id) {
        return new Address(
                new AddressId(id),
                "US",
                new AddressRegion(43, "NY", "New York"),
                List.of("1 Main Street"),
                null,
                "555-0100",
                null,
                "10001",
                "New York",
                "Jane",
                "Doe",
                null,
                null,
                null,
                null,
                null);
    }
}
