package com.customeraccounts.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.persistence.access.TokenCache.Entry;
import com.customeraccounts.persistence.access.TokenCache.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private final TokenCache cache = new TokenCache(true, null);

    private static Entry customer(long id) {
        return new Entry(Kind.CUSTOMER, id, new CustomerId(id), LATER);
    }

    @Test
    void answersAKeptTokenOfItsKindUntilItExpires() {
        cache.keep("a", customer(7), cache.stamp());

        assertThat(cache.find("a", Kind.CUSTOMER, NOW)).map(Entry::subject).contains(new CustomerId(7));
        assertThat(cache.find("a", Kind.ADMIN, NOW))
                .as("a customer's token is no admin token")
                .isEmpty();
        assertThat(cache.find("a", Kind.CUSTOMER, LATER)).as("at its expiry").isEmpty();
        assertThat(cache.find("b", Kind.CUSTOMER, NOW)).isEmpty();
    }

    @Test
    void forgetsEveryTokenOfARevokedCustomerAndOnlyThose() {
        cache.keep("jane-phone", customer(7), cache.stamp());
        cache.keep("jane-laptop", customer(7), cache.stamp());
        cache.keep("john", customer(8), cache.stamp());
        cache.keep("admin", new Entry(Kind.ADMIN, 7, "admin 7", LATER), cache.stamp());

        cache.forgetCustomer(7);

        assertThat(cache.find("jane-phone", Kind.CUSTOMER, NOW)).isEmpty();
        assertThat(cache.find("jane-laptop", Kind.CUSTOMER, NOW)).isEmpty();
        assertThat(cache.find("john", Kind.CUSTOMER, NOW)).isPresent();
        assertThat(cache.find("admin", Kind.ADMIN, NOW))
                .as("admin 7 is not customer 7")
                .isPresent();
    }

    @Test
    void doesNotKeepWhatWasReadWhileARevocationWasUnderWay() {
        long stamp = cache.stamp();
        // the read saw the token; meanwhile its customer's tokens were revoked
        cache.forgetCustomer(7);
        cache.keep("jane", customer(7), stamp);

        assertThat(cache.find("jane", Kind.CUSTOMER, NOW)).isEmpty();
        cache.keep("jane", customer(7), cache.stamp());
        assertThat(cache.find("jane", Kind.CUSTOMER, NOW))
                .as("a read after it is kept")
                .isPresent();
    }

    @Test
    void startsAgainEmptyRatherThanGrowPastItsBound() {
        for (int i = 0; i < TokenCache.MAX_ENTRIES + 10; i++) {
            cache.keep("token-" + i, customer(i + 1), cache.stamp());
        }

        assertThat(cache.size()).isLessThanOrEqualTo(TokenCache.MAX_ENTRIES);
        assertThat(cache.find("token-" + (TokenCache.MAX_ENTRIES + 9), Kind.CUSTOMER, NOW))
                .isPresent();
    }

    @Test
    void keepsNothingInACluster() {
        TokenCache clustered = new TokenCache(false, null);
        clustered.keep("jane", customer(7), clustered.stamp());

        assertThat(clustered.find("jane", Kind.CUSTOMER, NOW)).isEmpty();
    }
}
