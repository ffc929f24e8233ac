package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.error.AuthenticationException;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.StoreView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Customer tokens ({@code POST /V1/integration/customer/token}): Magento's {@code CustomerTokenService},
 * with the lockout after repeated failures ({@link CustomerSignIn}), and revocation.
 */
@ApplicationScoped
public class CustomerTokens {

    static final String NOT_CONFIRMED = "This account isn't confirmed. Verify and try again.";

    private AccessTokens tokens;
    private Clock clock;
    private CustomerSignIn signIn;
    private TokenRequestThrottle throttle;
    private MagentoTokens magentoTokens;
    private Event<CustomerSignInAttempted> attempts;

    protected CustomerTokens() {}

    @Inject
    public CustomerTokens(
            AccessTokens tokens,
            Clock clock,
            CustomerSignIn signIn,
            TokenRequestThrottle throttle,
            MagentoTokens magentoTokens,
            Event<CustomerSignInAttempted> attempts) {
        this.tokens = tokens;
        this.magentoTokens = magentoTokens;
        this.clock = clock;
        this.signIn = signIn;
        this.throttle = throttle;
        this.attempts = attempts;
    }

    /**
     * A failed attempt is counted even though the call fails: the sign-in is decided and recorded in its
     * own transaction, and the failure is raised only after that transaction has committed. As in Magento's
     * {@code CustomerTokenService}, the token throttle is asked first and an unconfirmed account counts as
     * a failed request.
     *
     * @return the new token, handed out once
     */
    public String issue(String username, String password, StoreView store) {
        Credentials.requireBoth(username, password);
        TokenUser user = TokenUser.customer(username);
        if (!throttle.allows(user)) {
            attempted(CustomerSignInAttempted.Outcome.THROTTLED);
            throw AuthenticationException.signInIncorrect();
        }
        CustomerSignIn.Outcome outcome = signIn.attempt(username, password, store);
        if (outcome.result() == CustomerSignIn.Outcome.Result.TOKEN) {
            throttle.succeeded(user);
            attempted(CustomerSignInAttempted.Outcome.SUCCEEDED);
            return outcome.token();
        }
        throttle.failed(user);
        attempted(
                outcome.result() == CustomerSignIn.Outcome.Result.LOCKED
                        ? CustomerSignInAttempted.Outcome.LOCKED
                        : CustomerSignInAttempted.Outcome.FAILED);
        throw outcome.result() == CustomerSignIn.Outcome.Result.NOT_CONFIRMED
                ? new AuthenticationException(Phrase.of(NOT_CONFIRMED))
                : AuthenticationException.signInIncorrect();
    }

    private void attempted(CustomerSignInAttempted.Outcome outcome) {
        attempts.fire(new CustomerSignInAttempted(outcome));
    }

    /**
     * The customer behind a customer bearer token, if it is one and has not expired: a token issued here,
     * or one Magento issued before the shop moved here.
     */
    // reads only: a token this instance has kept costs no transaction, and a miss is one statement
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CustomerId> customerOf(String bearerToken) {
        return tokens.findCustomer(SecretToken.sha256(bearerToken), clock.instant())
                .or(() -> magentoTokens.customerOf(bearerToken));
    }

    @Transactional
    public void revokeAll(CustomerId customer) {
        tokens.revokeCustomerTokens(customer, clock.instant());
    }
}
