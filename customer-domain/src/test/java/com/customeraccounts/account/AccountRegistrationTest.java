package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.customeraccounts.access.AclResource;
import com.customeraccounts.access.Caller;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.audit.AccountAudit;
import com.customeraccounts.audit.InMemoryAuditLog;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.CustomerSnapshot;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.NewsletterStatus;
import com.customeraccounts.error.AuthorizationException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.password.PasswordHasher;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.WebsiteId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccountRegistrationTest {

    private static final String DUPLICATE_EMAIL =
            "A customer with the same email address already exists in an associated website.";
    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";
    private static final String TOO_SHORT =
            "The password needs at least %1 characters. Create a new password and try again.";
    private static final String REQUIRED_FIELD = "\"%fieldName\" is required. Enter and try again.";
    private static final String SECOND_WEBSITE_CONFIRM = "websites/second/" + ConfigPath.CONFIRM;
    private static final String PASSWORD = "Secret123";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final Map<String, String> config = new HashMap<>();
    private final StoreConfig storeConfig = new StoreConfig(key -> Optional.ofNullable(config.get(key)));
    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
    private final RecordingEvent<CustomerRegistered> events = new RecordingEvent<>();
    private final CountingHasher hasher = new CountingHasher();
    private final Stores stores = AccountFixture.twoWebsites();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AccountRegistration registration = new AccountRegistration(
            repository,
            new ExistingGroups(),
            stores,
            AccountFixture.directory(),
            storeConfig,
            new PasswordPolicy(storeConfig),
            hasher,
            Clock.fixed(NOW, ZoneOffset.UTC),
            events,
            new AccountAudit(audit, Clock.fixed(NOW, ZoneOffset.UTC)),
            DeclaredAttributes.NONE);

    // --- account sharing -------------------------------------------------------------------------------

    @Test
    void refusesTheSameEmailInAnotherWebsiteWhenAccountsAreSharedGlobally() {
        config.put(ConfigPath.ACCOUNT_SHARE_SCOPE, "0");
        register(new DraftBuilder("jane@example.com").websiteId(1));

        InputException e = registrationFails(
                InputException.class, new DraftBuilder("JANE@Example.COM").websiteId(2), PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(DUPLICATE_EMAIL));
        assertThat(e.getMessage()).isEqualTo(DUPLICATE_EMAIL);
        assertThat(e.errors()).isEmpty();
        assertThat(repository.stored).hasSize(1);
        assertThat(events.fired).hasSize(1);
    }

    @Test
    void acceptsTheSameEmailInAnotherWebsiteWithTheDefaultWebsiteSharingScope() {
        Customer first = register(new DraftBuilder("jane@example.com").websiteId(1));

        Customer second = register(new DraftBuilder("JANE@Example.COM").websiteId(2));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.websiteId()).isEqualTo(WebsiteId.of(2));
        assertThat(second.storeId()).isEqualTo(StoreId.of(2));
        assertThat(second.email().value()).isEqualTo("JANE@Example.COM");
        assertThat(repository.stored).hasSize(2);
    }

    @Test
    void refusesTheSameEmailInTheSameWebsiteIgnoringLetterCase() {
        register(new DraftBuilder("jane@example.com"));

        InputException e =
                registrationFails(InputException.class, new DraftBuilder("Jane@EXAMPLE.com"), PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(DUPLICATE_EMAIL));
        assertThat(repository.stored).hasSize(1);
    }

    @Test
    void turnsADuplicateFoundByTheRepositoryOnInsertIntoTheSameEmailMessage() {
        repository.concurrentInsertOnAdd = true;

        InputException e =
                registrationFails(InputException.class, new DraftBuilder("jane@example.com"), PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(DUPLICATE_EMAIL));
        assertThat(e.getMessage()).isEqualTo(DUPLICATE_EMAIL);
        assertThat(e.errors()).isEmpty();
        assertThat(repository.stored).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void refusesATakenEmailWithoutAPasswordBeforeItsInvalidAddressAsMagentoDoes() {
        register(new DraftBuilder("jane@example.com"), null);
        DraftBuilder invalid = new DraftBuilder("jane@example.com")
                .addresses(new AddressBuilder().telephone(null).build());

        InputException e = registrationFails(InputException.class, invalid, null, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(DUPLICATE_EMAIL));
        assertThat(repository.stored).hasSize(1);
    }

    @Test
    void refusesATakenEmailWithAPasswordBeforeHashingIt() {
        register(new DraftBuilder("jane@example.com"));
        int hashes = hasher.hashes.get();

        InputException e =
                registrationFails(InputException.class, new DraftBuilder("jane@example.com"), PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(DUPLICATE_EMAIL));
        assertThat(hasher.hashes.get())
                .as("hashes made for the refused account")
                .isEqualTo(hashes);
    }

    // --- the event -------------------------------------------------------------------------------------

    @Test
    void firesOneRegisteredEventPerRegistrationCarryingTheNewAccountAndItsResetToken() {
        Customer customer = registration.register(
                new NewAccount(new DraftBuilder("jane@example.com").build(), PASSWORD, "https://shop.example/back"),
                Caller.guest(),
                stores.defaultStoreView());

        assertThat(events.fired).hasSize(1);
        CustomerRegistered event = events.fired.get(0);
        CustomerSnapshot stored = repository.stored.get(customer.id()).snapshot();
        assertThat(event.customerId()).isEqualTo(customer.id());
        assertThat(event.websiteId()).isEqualTo(WebsiteId.of(1));
        assertThat(event.storeId()).isEqualTo(StoreId.of(1));
        assertThat(event.passwordSet()).isTrue();
        assertThat(event.resetToken()).isNotNull();
        assertThat(event.resetToken().hash()).isEqualTo(stored.resetTokenHash());
        assertThat(stored.resetTokenHash()).isNotEqualTo(event.resetToken().value());
        assertThat(event.confirmationKey()).isNull();
        assertThat(event.confirmationRequired()).isFalse();
        assertThat(event.redirectUrl()).isEqualTo("https://shop.example/back");
        assertThat(customer.isConfirmed()).isTrue();

        Customer passwordless = register(new DraftBuilder("john@example.com"), null);

        assertThat(events.fired).hasSize(2);
        CustomerRegistered second = events.fired.get(1);
        assertThat(second.customerId()).isEqualTo(passwordless.id());
        assertThat(second.passwordSet()).isFalse();
        assertThat(second.resetToken().hash())
                .isEqualTo(repository.stored.get(passwordless.id()).snapshot().resetTokenHash());
        assertThat(second.resetToken().value()).isNotEqualTo(event.resetToken().value());
        assertThat(second.confirmationKey()).isNull();
    }

    @Test
    void requiresConfirmationOnlyInTheWebsiteWhereItIsSwitchedOn() {
        config.put(SECOND_WEBSITE_CONFIRM, "1");

        Customer inSecond = register(new DraftBuilder("jane@example.com").websiteId(2));

        CustomerRegistered event = events.fired.get(0);
        CustomerSnapshot stored = repository.stored.get(inSecond.id()).snapshot();
        assertThat(event.customerId()).isEqualTo(inSecond.id());
        assertThat(event.websiteId()).isEqualTo(WebsiteId.of(2));
        assertThat(event.storeId()).isEqualTo(StoreId.of(2));
        assertThat(event.confirmationRequired()).isTrue();
        assertThat(event.confirmationKey().hash()).isEqualTo(stored.confirmationHash());
        assertThat(stored.confirmationHash())
                .isNotEqualTo(event.confirmationKey().value());
        assertThat(inSecond.isConfirmed()).isFalse();

        Customer inFirst = register(new DraftBuilder("john@example.com").websiteId(1));

        assertThat(events.fired).hasSize(2);
        CustomerRegistered firstEvent = events.fired.get(1);
        assertThat(firstEvent.websiteId()).isEqualTo(WebsiteId.of(1));
        assertThat(firstEvent.confirmationKey()).isNull();
        assertThat(repository.stored.get(inFirst.id()).snapshot().confirmationHash())
                .isNull();
        assertThat(inFirst.isConfirmed()).isTrue();
    }

    // --- nothing kept on failure -----------------------------------------------------------------------

    @Test
    void keepsNothingAndFiresNothingWhenAnAddressFailsValidation() {
        DraftBuilder draft = new DraftBuilder("jane@example.com")
                .addresses(
                        new AddressBuilder().build(),
                        new AddressBuilder().telephone(null).build());

        InputException e = registrationFails(InputException.class, draft, PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(REQUIRED_FIELD, Parameters.named("fieldName", "telephone")));
        assertThat(repository.stored).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    // --- order of checks -------------------------------------------------------------------------------

    @Test
    void reportsAGuestSendingAGroupBeforeAMissingEmail() {
        AuthorizationException e = registrationFails(
                AuthorizationException.class, new DraftBuilder(null).groupId(1), PASSWORD, Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(NOT_AUTHORIZED, Parameters.named("resources", AclResource.MANAGE)));
        assertThat(e.phrase().parameters()).isEqualTo(Parameters.named("resources", "Magento_Customer::manage"));
        assertThat(repository.stored).isEmpty();
    }

    @Test
    void reportsATooShortPasswordBeforeAPasswordEqualToTheEmail() {
        InputException e =
                registrationFails(InputException.class, new DraftBuilder("a@b.co"), "a@b.co", Caller.guest());

        assertThat(e.phrase()).isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("8")));
        assertThat(repository.stored).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    // --- password --------------------------------------------------------------------------------------

    @Test
    void storesAHashThatVerifiesThePasswordButIsNotThePassword() {
        Customer customer = register(new DraftBuilder("jane@example.com"), PASSWORD);

        String hash = repository.stored.get(customer.id()).snapshot().passwordHash();
        assertThat(hash).isNotNull().isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(hasher.matches(PASSWORD, hash)).isTrue();
        assertThat(hasher.matches("Secret124", hash)).isFalse();
        assertThat(customer.hasPassword()).isTrue();
    }

    @Test
    void storesNoHashForAPasswordlessRegistration() {
        Customer customer = register(new DraftBuilder("jane@example.com"), null);

        assertThat(repository.stored.get(customer.id()).snapshot().passwordHash())
                .isNull();
        assertThat(customer.hasPassword()).isFalse();
    }

    // --- group -----------------------------------------------------------------------------------------

    @Test
    void putsACustomerWhoSendsNoGroupIntoTheConfiguredDefaultGroup() {
        config.put(ConfigPath.DEFAULT_GROUP, "2");

        Customer customer = register(new DraftBuilder("jane@example.com"));

        assertThat(customer.snapshot().groupId()).isEqualTo(new GroupId(2));
        assertThat(repository.stored.get(customer.id()).snapshot().groupId()).isEqualTo(new GroupId(2));
    }

    @Test
    void keepsGroupZeroWhenAnAdministratorSendsIt() {
        Customer customer = registration.register(
                new NewAccount(new DraftBuilder("jane@example.com").groupId(0).build(), PASSWORD, null),
                Caller.admin("admin 1", Set.of(AclResource.ALL)),
                stores.defaultStoreView());

        assertThat(customer.snapshot().groupId()).isEqualTo(new GroupId(0));
        assertThat(repository.stored.get(customer.id()).snapshot().groupId()).isEqualTo(new GroupId(0));
    }

    // --- default addresses -----------------------------------------------------------------------------

    @Test
    void makesTheFlaggedAddressesTheDefaultBillingAndShippingAddresses() {
        Customer customer = register(new DraftBuilder("jane@example.com")
                .addresses(
                        new AddressBuilder().defaultBilling(true).build(),
                        new AddressBuilder().defaultShipping(true).build()));

        assertThat(customer.addresses()).hasSize(2);
        assertThat(customer.defaultBilling())
                .contains(customer.addresses().get(0).id());
        assertThat(customer.defaultShipping())
                .contains(customer.addresses().get(1).id());
        assertThat(customer.addresses().get(0).id())
                .isNotEqualTo(customer.addresses().get(1).id());
    }

    @Test
    void makesTheLastOfTwoAddressesFlaggedDefaultBillingTheDefault() {
        Customer customer = register(new DraftBuilder("jane@example.com")
                .addresses(
                        new AddressBuilder().defaultBilling(true).build(),
                        new AddressBuilder().defaultBilling(true).build()));

        assertThat(customer.defaultBilling())
                .contains(customer.addresses().get(1).id());
        assertThat(customer.defaultShipping()).isEmpty();
    }

    // --- newsletter ------------------------------------------------------------------------------------

    @Test
    void subscribesACustomerWhoAsksForTheNewsletter() {
        Customer customer = register(new DraftBuilder("jane@example.com").isSubscribed(true));

        assertThat(customer.isSubscribed()).isTrue();
        assertThat(customer.snapshot().newsletterStatus()).isEqualTo(NewsletterStatus.SUBSCRIBED);
    }

    @Test
    void leavesTheSubscriptionUnconfirmedWhenTheAccountNeedsConfirmation() {
        config.put(ConfigPath.CONFIRM, "1");

        Customer customer = register(new DraftBuilder("jane@example.com").isSubscribed(true));

        assertThat(customer.isSubscribed()).isFalse();
        assertThat(customer.snapshot().newsletterStatus()).isEqualTo(NewsletterStatus.UNCONFIRMED);
        assertThat(customer.isConfirmed()).isFalse();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private Customer register(DraftBuilder draft) {
        return register(draft, PASSWORD);
    }

    private Customer register(DraftBuilder draft, String password) {
        return registration.register(
                new NewAccount(draft.build(), password, null), Caller.guest(), stores.defaultStoreView());
    }

    /** Counts the hashes made, to show which refusals cost none. */
    private static final class CountingHasher extends PasswordHasher {

        final AtomicInteger hashes = new AtomicInteger();

        CountingHasher() {
            super(4);
        }

        @Override
        public String hash(String password) {
            hashes.incrementAndGet();
            return super.hash(password);
        }
    }

    private <T extends Throwable> T registrationFails(
            Class<T> type, DraftBuilder draft, String password, Caller caller) {
        T e = catchThrowableOfType(
                type,
                () -> registration.register(
                        new NewAccount(draft.build(), password, null), caller, stores.defaultStoreView()));
        assertThat(e)
                .as("registration should fail with %s", type.getSimpleName())
                .isNotNull();
        return e;
    }
}
