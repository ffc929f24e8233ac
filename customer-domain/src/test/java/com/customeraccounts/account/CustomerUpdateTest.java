package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.audit.AuditEntry;
import com.customeraccounts.audit.AuditEvent;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.NewsletterStatus;
import com.customeraccounts.error.ConflictException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerUpdateTest {

    private final CustomerFixtures shop = new CustomerFixtures();
    private final CustomerUpdate update = new CustomerUpdate(
            shop.customers,
            new ExistingGroups(),
            shop.stores,
            AccountFixture.directory(),
            shop.storeConfig,
            shop.clock,
            shop.audit,
            DeclaredAttributes.NONE);

    @Test
    void anAdminsUpdateChangesWhatIsSentAndKeepsTheRest() {
        Customer jane = shop.jane();

        update.overlay(jane.id(), sent(null, "Janet", null, null));

        Customer stored = shop.customers.stored(jane.id());
        assertThat(stored.name().firstname()).isEqualTo("Janet");
        assertThat(stored.name().lastname()).isEqualTo("Doe");
        assertThat(stored.email().value()).isEqualTo("jane@example.com");
        assertThat(stored.groupId().value()).isEqualTo(1);
        assertThat(stored.passwordHash()).isEqualTo(jane.passwordHash());
    }

    @Test
    void anUpdateIsRecordedInTheHistoryByWhatItChangedWithWhoAndFromWhereButNoValues() {
        Customer jane = shop.jane();

        try (RequestContext.Scope request =
                RequestContext.open(RequestContext.Trace.of(new RequestId("req-42"), "203.0.113.9"))) {
            RequestContext.actor("admin 1");
            update.overlay(jane.id(), sent("janet@example.com", "Janet", null, null));
        }

        List<AuditEntry> entries = shop.auditLog.page(jane.id(), 1, 10);
        assertThat(entries).extracting(AuditEntry::event).containsExactly(AuditEvent.UPDATED, AuditEvent.EMAIL_CHANGED);
        assertThat(entries.get(0).fields()).containsExactly("firstname");
        assertThat(entries.get(1).fields()).containsExactly("email");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("admin 1");
            assertThat(entry.clientAddress()).contains("203.0.113.9");
            assertThat(entry.requestId()).contains("req-42");
            assertThat(entry.toString()).doesNotContain("Janet", "janet@example.com");
        });

        update.overlay(jane.id(), sent(null, "Janet", null, null));
        assertThat(shop.auditLog.count(jane.id()))
                .as("a save that changes nothing")
                .isEqualTo(2);
    }

    @Test
    void anUpdateWhosePreconditionNoLongerHoldsIsRefusedAndChangesNothing() {
        Customer jane = shop.jane();

        assertThatThrownBy(() -> update.overlay(
                        jane.id(),
                        sent(null, "Janet", null, null),
                        current -> current.name().firstname().equals("Jo")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE));
        assertThat(shop.customers.stored(jane.id()).name().firstname()).isEqualTo("Jane");

        update.overlay(
                jane.id(),
                sent(null, "Janet", null, null),
                current -> current.name().firstname().equals("Jane"));
        assertThat(shop.customers.stored(jane.id()).name().firstname()).isEqualTo("Janet");
    }

    @Test
    void rejectsTheEmailOfAnotherCustomerInTheSameWebsite() {
        shop.registered("john@example.com", null);
        Customer jane = shop.jane();

        assertThatThrownBy(() -> update.overlay(jane.id(), sent("John@Example.com", null, null, null)))
                .isInstanceOf(InputException.class)
                .hasMessage("A customer with the same email address already exists in an associated website.");
        assertThat(shop.customers.stored(jane.id()).email().value()).isEqualTo("jane@example.com");
    }

    @Test
    void rejectsAGroupThatDoesNotExist() {
        Customer jane = shop.jane();

        assertThatThrownBy(() -> update.overlay(jane.id(), sent(null, null, 99, null)))
                .isInstanceOf(InputException.class)
                .hasMessage("The specified customer group id does not exist.");
    }

    @Test
    void theCustomersOwnSaveCannotChooseItsGroup() {
        Customer jane = shop.jane();

        update.replaceOwn(
                jane.id(),
                new CustomerDraft(
                        null,
                        3,
                        null,
                        null,
                        null,
                        "jane@example.com",
                        "Jane",
                        "Doe",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(shop.customers.stored(jane.id()).groupId().value()).isEqualTo(1);
    }

    @Test
    void subscribingWhenTheNewsletterNeedsNoConfirmationSubscribes() {
        shop.config.put(ConfigPath.NEWSLETTER_CONFIRM, "0");
        Customer jane = shop.jane();

        update.overlay(jane.id(), sent(null, null, null, true));
        assertThat(shop.customers.stored(jane.id()).newsletterStatus()).isEqualTo(NewsletterStatus.SUBSCRIBED);
        update.overlay(jane.id(), sent(null, null, null, false));
        assertThat(shop.customers.stored(jane.id()).newsletterStatus()).isEqualTo(NewsletterStatus.UNSUBSCRIBED);
    }

    @Test
    void anUnknownCustomerIsNoSuchEntity() {
        assertThatThrownBy(() -> update.overlay(new CustomerId(404), sent(null, "Janet", null, null)))
                .isInstanceOfSatisfying(
                        NoSuchEntityException.class,
                        e -> assertThat(e.phrase())
                                .isEqualTo(NoSuchEntityException.singleField("customerId", 404L)
                                        .phrase()));
    }

    private static CustomerDraft sent(String email, String firstname, Integer groupId, Boolean isSubscribed) {
        return new CustomerDraft(
                null,
                groupId,
                null,
                null,
                null,
                email,
                firstname,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                isSubscribed,
                null);
    }
}
