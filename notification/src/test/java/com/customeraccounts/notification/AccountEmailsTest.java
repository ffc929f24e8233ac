package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.EmailAddress;
import com.customeraccounts.customer.GroupId;
import com.customeraccounts.customer.NewsletterStatus;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.customer.PersonName;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.StoreGroup;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.StoreView;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The email a registration gets, composed from the store's config as Magento does. */
class AccountEmailsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String PASSWORD = "S3cret-Passw0rd!";
    private static final String PASSWORD_HASH = "$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01";
    private static final SecretToken TOKEN = new SecretToken("Tok3nTok3nTok3nTok3nTok3nTok3n12");
    private static final SecretToken KEY = new SecretToken("Key0Key0Key0Key0Key0Key0Key0Key0");
    private static final WebsiteId MAIN = WebsiteId.of(1);
    private static final StoreId MAIN_VIEW = StoreId.of(1);

    private final Map<String, String> values = new HashMap<>();

    private AccountEmails emails(Stores stores) {
        return new AccountEmails(new StoreConfig(key -> Optional.ofNullable(values.get(key))), stores);
    }

    private AccountEmails emails() {
        return emails(Stores.magentoDefault());
    }

    private static Customer customer(
            long id, int websiteId, int storeId, PersonName name, String passwordHash, SecretToken confirmationKey) {
        return Customer.register(
                new Customer.Registration(
                        new CustomerId(id),
                        WebsiteId.of(websiteId),
                        StoreId.of(storeId),
                        "Default Store View",
                        new GroupId(1),
                        ShareScope.of(1),
                        new EmailAddress("jane.doe@example.com"),
                        name,
                        null,
                        null,
                        null,
                        passwordHash,
                        confirmationKey,
                        0,
                        List.of(),
                        NewsletterStatus.NOT_ACTIVE,
                        null),
                TOKEN,
                NOW);
    }

    static Customer jane(long id, String passwordHash, SecretToken confirmationKey) {
        return customer(id, 1, 1, new PersonName(null, "Jane", null, "Doe", null), passwordHash, confirmationKey);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String confirmLink(String base, long id, String backUrl) {
        return base + "customer/account/confirm/?id=" + id + "&key=" + KEY.value() + "&back_url=" + encode(backUrl);
    }

    @Test
    void withAPasswordAndNoConfirmationTheCustomerIsWelcomed() {
        Customer customer = jane(5, PASSWORD_HASH, null);
        CustomerRegistered event = new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null);

        EmailMessage message = emails().afterRegistration(event);

        assertThat(message.customerId()).isEqualTo(5);
        assertThat(message.type()).isEqualTo(EmailType.REGISTERED);
        assertThat(message.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(message.from()).isEqualTo(new EmailMessage.Address("owner@example.com", "Owner"));
        assertThat(message.to()).isEqualTo(new EmailMessage.Address("jane.doe@example.com", "Jane Doe"));
        String link = "http://localhost:8080/customer/account/createPassword/?id=5&token=" + TOKEN.value();
        assertThat(message.text())
                .contains(link)
                .contains("Jane Doe,")
                .contains("Welcome to Main Website Store.")
                .contains("http://localhost:8080/customer/account/")
                .contains("Email: jane.doe@example.com");
        assertThat(message.html())
                .contains("href=\"" + Templates.html(link) + "\"")
                .contains("Welcome to Main Website Store.")
                .contains("href=\"http://localhost:8080/customer/account/\"");
        assertNoSecretsBut(message, TOKEN);
    }

    @Test
    void withoutAPasswordTheCustomerIsAskedToSetOne() {
        Customer customer = jane(6, null, null);
        CustomerRegistered event = new CustomerRegistered(customer, MAIN, MAIN_VIEW, false, TOKEN, null, null);

        EmailMessage message = emails().afterRegistration(event);

        assertThat(message.type()).isEqualTo(EmailType.REGISTERED_NO_PASSWORD);
        assertThat(message.type().code()).isEqualTo("registered_no_password");
        assertThat(message.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(message.to()).isEqualTo(new EmailMessage.Address("jane.doe@example.com", "Jane Doe"));
        String link = "http://localhost:8080/customer/account/createPassword/?id=6&token=" + TOKEN.value();
        assertThat(message.text()).contains(link);
        assertThat(message.html()).contains("href=\"" + Templates.html(link) + "\"");
        assertNoSecretsBut(message, TOKEN);
    }

    @Test
    void withoutAPasswordNoConfirmationIsAskedEvenWhenTheWebsiteRequiresIt() {
        Customer customer = jane(6, null, KEY);
        CustomerRegistered event = new CustomerRegistered(customer, MAIN, MAIN_VIEW, false, TOKEN, KEY, null);

        EmailMessage message = emails().afterRegistration(event);

        assertThat(message.type()).isEqualTo(EmailType.REGISTERED_NO_PASSWORD);
        assertThat(message.text()).doesNotContain(KEY.value());
    }

    @Test
    void withAPasswordAndAConfirmationKeyTheCustomerIsAskedToConfirm() {
        Customer customer = jane(7, PASSWORD_HASH, KEY);
        CustomerRegistered event = new CustomerRegistered(
                customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, "http://localhost:8080/checkout/?step=2&x=y");

        EmailMessage message = emails().afterRegistration(event);

        assertThat(message.type()).isEqualTo(EmailType.CONFIRMATION);
        assertThat(message.subject()).isEqualTo("Please confirm your Main Website Store account");
        assertThat(message.from()).isEqualTo(new EmailMessage.Address("owner@example.com", "Owner"));
        assertThat(message.to()).isEqualTo(new EmailMessage.Address("jane.doe@example.com", "Jane Doe"));
        String link = confirmLink("http://localhost:8080/", 7, "http://localhost:8080/checkout/?step=2&x=y");
        assertThat(link).contains("back_url=http%3A%2F%2Flocalhost%3A8080%2Fcheckout%2F%3Fstep%3D2%26x%3Dy");
        assertThat(message.text())
                .contains("Confirm Your Account: " + link)
                .contains("You must confirm your jane.doe@example.com email");
        assertThat(message.html()).contains("href=\"" + Templates.html(link) + "\"");
        assertThat(message.text()).doesNotContain(TOKEN.value());
        assertNoSecretsBut(message, KEY);
    }

    @Test
    void withoutARedirectTheConfirmationLeadsBackToTheBaseUrl() {
        Customer customer = jane(7, PASSWORD_HASH, KEY);
        CustomerRegistered event = new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, "  ");

        EmailMessage message = emails().afterRegistration(event);

        assertThat(message.text()).contains(confirmLink("http://localhost:8080/", 7, "http://localhost:8080/"));
    }

    @Test
    void theConfiguredStoreNameAndSenderReplaceTheDefaults() {
        values.put(ConfigPath.STORE_NAME, "Jane's Shop & Co");
        values.put(ConfigPath.GENERAL_IDENTITY_EMAIL, "hello@shop.example");
        values.put(ConfigPath.GENERAL_IDENTITY_NAME, "Shop Team");
        Customer customer = jane(8, PASSWORD_HASH, null);

        EmailMessage welcome =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null));
        EmailMessage confirm =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, null));

        assertThat(welcome.subject()).isEqualTo("Welcome to Jane's Shop & Co");
        assertThat(welcome.text()).contains("Welcome to Jane's Shop & Co.");
        assertThat(welcome.html()).contains("Welcome to Jane&#39;s Shop &amp; Co.");
        assertThat(welcome.from()).isEqualTo(new EmailMessage.Address("hello@shop.example", "Shop Team"));
        assertThat(confirm.subject()).isEqualTo("Please confirm your Jane's Shop & Co account");
    }

    @Test
    void theSecureBaseUrlIsTheLinksBase() {
        values.put(ConfigPath.SECURE_BASE_URL, "https://shop.example.com/store");
        Customer customer = jane(9, PASSWORD_HASH, null);

        EmailMessage welcome =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null));
        EmailMessage confirm =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, null));

        assertThat(welcome.text())
                .contains("https://shop.example.com/store/customer/account/createPassword/?id=9&token=" + TOKEN.value())
                .contains("(https://shop.example.com/store/customer/account/)")
                .doesNotContain("localhost");
        assertThat(confirm.text())
                .contains(confirmLink("https://shop.example.com/store/", 9, "https://shop.example.com/store/"));
    }

    @Test
    void theCustomersWebsiteDecidesStoreNameSenderAndLinks() {
        Stores stores = new Stores(
                List.of(
                        new Website(WebsiteId.ADMIN, "admin", "Admin", 0),
                        new Website(WebsiteId.of(1), "base", "Main Website", 1),
                        new Website(WebsiteId.of(2), "outlet", "Outlet Website", 2)),
                List.of(
                        new StoreGroup(0, WebsiteId.ADMIN, 0, StoreId.ADMIN, "Default", "default"),
                        new StoreGroup(
                                1, WebsiteId.of(1), 2, StoreId.of(1), "Main Website Store", "main_website_store"),
                        new StoreGroup(2, WebsiteId.of(2), 2, StoreId.of(2), "Outlet Store", "outlet_store")),
                List.of(
                        new StoreView(StoreId.ADMIN, "admin", "Admin", WebsiteId.ADMIN, 0, true),
                        new StoreView(StoreId.of(1), "default", "Default Store View", WebsiteId.of(1), 1, true),
                        new StoreView(StoreId.of(2), "outlet_en", "Outlet English", WebsiteId.of(2), 2, true)),
                WebsiteId.of(1));
        values.put("websites/outlet/" + ConfigPath.SECURE_BASE_URL, "https://outlet.example.com/");
        values.put("websites/outlet/" + ConfigPath.GENERAL_IDENTITY_NAME, "Outlet");
        Customer customer = customer(10, 2, 2, new PersonName(null, "Jane", null, "Doe", null), PASSWORD_HASH, null);

        EmailMessage outlet = emails(stores)
                .afterRegistration(
                        new CustomerRegistered(customer, WebsiteId.of(2), StoreId.of(2), true, TOKEN, null, null));
        EmailMessage main = emails(stores)
                .afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null));

        assertThat(outlet.subject()).isEqualTo("Welcome to Outlet Store");
        assertThat(outlet.from()).isEqualTo(new EmailMessage.Address("owner@example.com", "Outlet"));
        assertThat(outlet.text()).contains("https://outlet.example.com/customer/account/createPassword/?id=10&");
        assertThat(main.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(main.from()).isEqualTo(new EmailMessage.Address("owner@example.com", "Owner"));
        assertThat(main.text()).contains("http://localhost:8080/customer/account/createPassword/?id=10&");
    }

    @Test
    void anUnknownStoreViewFallsBackToTheDefaultStoreView() {
        Customer customer = jane(11, PASSWORD_HASH, null);

        EmailMessage message = emails().afterRegistration(
                        new CustomerRegistered(customer, MAIN, StoreId.of(99), true, TOKEN, null, null));

        assertThat(message.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(message.text()).contains("http://localhost:8080/customer/account/createPassword/?id=11&");
    }

    @Test
    void theDisplayNameHasEveryPartOfTheName() {
        Customer customer = customer(12, 1, 1, new PersonName("Dr.", "Jane", "Q.", "Doe", "PhD"), PASSWORD_HASH, null);

        EmailMessage message =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null));

        assertThat(message.to().name()).isEqualTo("Dr. Jane Q. Doe PhD");
        assertThat(message.text()).startsWith("Dr. Jane Q. Doe PhD,");
    }

    @Test
    void anHtmlNameIsEscapedInTheHtmlPart() {
        Customer customer = customer(13, 1, 1, new PersonName(null, "<b>Jane</b>", null, "\"Doe\"", null), null, null);
        for (CustomerRegistered event : List.of(
                new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, null, null),
                new CustomerRegistered(customer, MAIN, MAIN_VIEW, false, TOKEN, null, null),
                new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, null))) {

            EmailMessage message = emails().afterRegistration(event);

            assertThat(message.html())
                    .as(message.type().code())
                    .contains("&lt;b&gt;Jane&lt;/b&gt; &quot;Doe&quot;,")
                    .doesNotContain("<b>Jane</b>");
            assertThat(message.text()).as(message.type().code()).startsWith("<b>Jane</b> \"Doe\",");
            assertThat(message.to().name()).isEqualTo("<b>Jane</b> \"Doe\"");
        }
    }

    @Test
    void aRedirectOnTheBaseUrlsOriginIsKept() {
        Customer customer = jane(14, PASSWORD_HASH, KEY);
        String redirect = "HTTP://LOCALHOST:8080/some/page?x=1";

        EmailMessage message = emails().afterRegistration(
                        new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, redirect));

        assertThat(message.text()).contains(confirmLink("http://localhost:8080/", 14, redirect));
    }

    @Test
    void aRedirectOnAnAllowedOriginIsKept() {
        values.put(ConfigPath.REDIRECT_ALLOWED_ORIGINS, "https://pwa.example.com, https://app.example.com:8443");
        Customer customer = jane(15, PASSWORD_HASH, KEY);
        AccountEmails emails = emails();

        for (String redirect : List.of(
                "https://pwa.example.com/welcome",
                "https://pwa.example.com:443/x",
                "https://app.example.com:8443/a?b=c")) {
            EmailMessage message = emails.afterRegistration(
                    new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, redirect));
            assertThat(message.text()).as(redirect).contains(confirmLink("http://localhost:8080/", 15, redirect));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/phish",
                "javascript:alert(1)",
                "not-a-url",
                "//evil.example/x",
                "http://localhost:8081/",
                "https://localhost:8080/",
                "https://pwa.example.com.evil.example/",
                "http://pwa.example.com/",
                "/relative/path"
            })
    void anyOtherRedirectIsReplacedByTheBaseUrl(String redirect) {
        values.put(ConfigPath.REDIRECT_ALLOWED_ORIGINS, "https://pwa.example.com");
        Customer customer = jane(16, PASSWORD_HASH, KEY);

        EmailMessage message = emails().afterRegistration(
                        new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, redirect));

        assertThat(message.text()).contains(confirmLink("http://localhost:8080/", 16, "http://localhost:8080/"));
        assertThat(message.text()).doesNotContain(encode(redirect));
        assertThat(message.html()).doesNotContain(Templates.html(encode(redirect)));
    }

    @Test
    void anAllowedOriginIsPerWebsite() {
        values.put("websites/base/" + ConfigPath.REDIRECT_ALLOWED_ORIGINS, "https://pwa.example.com");
        Customer customer = jane(17, PASSWORD_HASH, KEY);

        EmailMessage message = emails().afterRegistration(new CustomerRegistered(
                customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, "https://pwa.example.com/"));

        assertThat(message.text()).contains(confirmLink("http://localhost:8080/", 17, "https://pwa.example.com/"));
    }

    @Test
    void accountLinksKeepOnlyRedirectsOnAllowedOrigins() {
        AccountLinks links = new AccountLinks(
                "https://shop.example.com",
                List.of("https://pwa.example.com", "not an origin", "ftp://files.example.com"));

        assertThat(links.backUrl(Optional.empty())).isEqualTo("https://shop.example.com/");
        assertThat(links.backUrl(Optional.of("https://shop.example.com/cart")))
                .isEqualTo("https://shop.example.com/cart");
        assertThat(links.backUrl(Optional.of("https://shop.example.com:443/cart")))
                .isEqualTo("https://shop.example.com:443/cart");
        assertThat(links.backUrl(Optional.of("https://pwa.example.com/x"))).isEqualTo("https://pwa.example.com/x");
        assertThat(links.backUrl(Optional.of("ftp://files.example.com/x"))).isEqualTo("https://shop.example.com/");
        assertThat(links.backUrl(Optional.of("https://evil.example/"))).isEqualTo("https://shop.example.com/");
        assertThat(links.backUrl(Optional.of("javascript:alert(1)"))).isEqualTo("https://shop.example.com/");
        assertThat(links.backUrl(Optional.of("not-a-url"))).isEqualTo("https://shop.example.com/");
        assertThat(links.backUrl(Optional.of("http://shop.example.com/cart"))).isEqualTo("https://shop.example.com/");

        assertThat(links.createPassword(new CustomerId(3), new SecretToken("a b+c")))
                .isEqualTo("https://shop.example.com/customer/account/createPassword/?id=3&token=a+b%2Bc");
        assertThat(links.confirm(
                        new CustomerId(3), new SecretToken("k&y"), Optional.of("https://pwa.example.com/?a=1")))
                .isEqualTo("https://shop.example.com/customer/account/confirm/?id=3&key=k%26y"
                        + "&back_url=https%3A%2F%2Fpwa.example.com%2F%3Fa%3D1");
    }

    @Test
    void anOriginIsSchemeHostAndPortOfAnHttpUrl() {
        assertThat(AccountLinks.origin("HTTPS://Shop.Example.com/path")).contains("https://shop.example.com:443");
        assertThat(AccountLinks.origin("http://shop.example.com")).contains("http://shop.example.com:80");
        assertThat(AccountLinks.origin(" http://shop.example.com:8080/x ")).contains("http://shop.example.com:8080");
        assertThat(AccountLinks.origin("javascript:alert(1)")).isEmpty();
        assertThat(AccountLinks.origin("mailto:jane@example.com")).isEmpty();
        assertThat(AccountLinks.origin("not-a-url")).isEmpty();
        assertThat(AccountLinks.origin("/relative")).isEmpty();
        assertThat(AccountLinks.origin("http://exa mple.com/")).isEmpty();
    }

    /** The password is never in an email; of the secrets only the one its link needs is. */
    private static void assertNoSecretsBut(EmailMessage message, SecretToken needed) {
        for (String body : List.of(message.text(), message.html(), message.subject())) {
            assertThat(body)
                    .doesNotContain(PASSWORD)
                    .doesNotContain(PASSWORD_HASH)
                    .doesNotContain(TOKEN.hash())
                    .doesNotContain(KEY.hash());
            if (needed != TOKEN) {
                assertThat(body).doesNotContain(TOKEN.value());
            }
            if (needed != KEY) {
                assertThat(body).doesNotContain(KEY.value());
            }
        }
    }

    @Test
    void eachEmailNamesTheTokenOrKeyOfItsLinkSoThatTheOutboxCanDropItAfterDelivery() {
        Customer customer = jane(5, PASSWORD_HASH, KEY);
        SecretToken resetToken = SecretToken.random();

        EmailMessage confirmation =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, KEY, null));
        EmailMessage reset = emails().passwordReset(
                        new PasswordResetRequested(customer.id(), MAIN_VIEW, "email_reset", resetToken), customer);

        assertThat(confirmation.linkSecret()).isEqualTo(KEY.value());
        assertThat(Redaction.of(confirmation.text(), confirmation.linkSecret())
                        + Redaction.of(confirmation.html(), confirmation.linkSecret()))
                .doesNotContain(KEY.value());
        assertThat(reset.linkSecret()).isEqualTo(resetToken.value());
        assertThat(Redaction.of(reset.text(), reset.linkSecret()) + Redaction.of(reset.html(), reset.linkSecret()))
                .doesNotContain(resetToken.value())
                .contains("token=" + Redaction.MARKER);
    }

    @Test
    void aKeyGivenByTheCallerIsRedactedAsItsLinkWritesIt() {
        SecretToken given = new SecretToken("key with spaces&<marks>");
        Customer customer = jane(6, PASSWORD_HASH, given);

        EmailMessage confirmation =
                emails().afterRegistration(new CustomerRegistered(customer, MAIN, MAIN_VIEW, true, TOKEN, given, null));

        String stored = Redaction.of(confirmation.text(), confirmation.linkSecret())
                + Redaction.of(confirmation.html(), confirmation.linkSecret());
        assertThat(stored).doesNotContain(encode(given.value())).contains("key=" + Redaction.MARKER + "&");
    }
}
