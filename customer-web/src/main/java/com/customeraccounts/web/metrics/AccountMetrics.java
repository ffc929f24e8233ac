package com.customeraccounts.web.metrics;

import com.customeraccounts.access.CustomerSignInAttempted;
import com.customeraccounts.customer.CustomerConfirmed;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.PasswordResetCompleted;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.migration.pull.MigrationRowsCounted;
import com.customeraccounts.migration.pull.RunCounters;
import com.customeraccounts.password.LegacyPasswordChecked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts what happened to accounts, from the domain's events, once their transaction has committed (an
 * event outside a transaction is counted at once): a sign-up that rolls back is not an account created.
 * Every counter is registered at start-up, so that each series exists, at zero, before its first event.
 */
@ApplicationScoped
public class AccountMetrics {

    static final Metadata ACCOUNTS_CREATED = described("accounts_created", "Customer accounts created");
    static final Metadata CONFIRMATIONS = described("account_confirmations", "Accounts confirmed with the emailed key");
    static final Metadata SIGN_INS =
            described("customer_sign_ins", "Customer token requests with a username and " + "password, by outcome");
    static final Metadata RESETS_REQUESTED = described(
            "password_resets_requested", "Password reset or reminder " + "emails asked for, for an existing account");
    static final Metadata RESETS_COMPLETED =
            described("password_resets_completed", "Passwords set with the token " + "of a reset email");
    static final Metadata LEGACY_CHECKS =
            described("legacy_password_checks", "Passwords checked against a hash " + "Magento wrote, by result");
    static final Metadata LEGACY_UPGRADES = described(
            "legacy_password_upgrades", "Magento password hashes " + "replaced by bcrypt after a matching password");
    static final Metadata MIGRATION_ROWS = described(
            "migration_rows",
            "Customer rows of Magento pull runs " + "(not dry runs), by outcome, counted as each batch commits");
    private static final String[] MIGRATION_OUTCOMES = {"read", "written", "unchanged", "rejected", "deleted"};

    @Inject
    MetricRegistry registry;

    void register(@Observes ServiceStarted started) {
        registry.counter(ACCOUNTS_CREATED);
        registry.counter(CONFIRMATIONS);
        for (CustomerSignInAttempted.Outcome outcome : CustomerSignInAttempted.Outcome.values()) {
            signIns(outcome);
        }
        registry.counter(RESETS_REQUESTED);
        registry.counter(RESETS_COMPLETED);
        legacyChecks(true);
        legacyChecks(false);
        registry.counter(LEGACY_UPGRADES);
        for (String outcome : MIGRATION_OUTCOMES) {
            migrationRows(outcome);
        }
    }

    void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerRegistered event) {
        registry.counter(ACCOUNTS_CREATED).inc();
    }

    void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerConfirmed event) {
        registry.counter(CONFIRMATIONS).inc();
    }

    void signedIn(@Observes CustomerSignInAttempted event) {
        signIns(event.outcome()).inc();
    }

    void resetRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested event) {
        registry.counter(RESETS_REQUESTED).inc();
    }

    void resetCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetCompleted event) {
        registry.counter(RESETS_COMPLETED).inc();
    }

    void legacyChecked(@Observes(during = TransactionPhase.AFTER_SUCCESS) LegacyPasswordChecked event) {
        legacyChecks(event.matched()).inc();
        if (event.upgraded()) {
            registry.counter(LEGACY_UPGRADES).inc();
        }
    }

    void migrated(@Observes MigrationRowsCounted event) {
        RunCounters added = event.added();
        long[] counts = {added.read(), added.written(), added.unchanged(), added.rejected(), added.deleted()};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                migrationRows(MIGRATION_OUTCOMES[i]).inc(counts[i]);
            }
        }
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private Counter signIns(CustomerSignInAttempted.Outcome outcome) {
        return registry.counter(SIGN_INS, new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)));
    }

    private Counter legacyChecks(boolean matched) {
        return registry.counter(LEGACY_CHECKS, new Tag("result", matched ? "matched" : "mismatched"));
    }

    private Counter migrationRows(String outcome) {
        return registry.counter(MIGRATION_ROWS, new Tag("outcome", outcome));
    }
}
