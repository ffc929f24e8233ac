package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.EmailRule;
import com.customeraccounts.customer.TextLength;
import com.customeraccounts.customer.TextRule;
import com.customeraccounts.store.Website;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer save validation ({@code validation.xml}, group {@code save}): the EAV data validator, then
 * the Name validator, then the Dob validator; all their messages together make one error.
 */
final class CustomerRules {

    static final String FIRST_NAME_INVALID = "First Name is not valid!";
    static final String LAST_NAME_INVALID = "Last Name is not valid!";
    static final String MIDDLE_NAME_INVALID = "Middle Name is not valid!";

    private final StoreConfig config;
    private final Website website;

    CustomerRules(StoreConfig config, Website website) {
        this.config = config;
        this.website = website;
    }

    List<String> problems(CustomerDraft c, Optional<LocalDate> dob, Instant now) {
        List<String> messages = new ArrayList<>();
        requireIfConfigured(ConfigPath.PREFIX_SHOW, c.prefix(), "Name Prefix", messages);
        TextLength.NAME_AFFIX.problem("Name Prefix", c.prefix()).ifPresent(messages::add);
        requireText(c.firstname(), "First Name", messages);
        requireText(c.lastname(), "Last Name", messages);
        requireIfConfigured(ConfigPath.SUFFIX_SHOW, c.suffix(), "Name Suffix", messages);
        TextLength.NAME_AFFIX.problem("Name Suffix", c.suffix()).ifPresent(messages::add);
        messages.addAll(EmailRule.problems(c.email()));
        TextLength.VARCHAR.problem("Email", c.email()).ifPresent(messages::add);
        requireIfConfigured(ConfigPath.TAXVAT_SHOW, c.taxvat(), "Tax/VAT Number", messages);
        TextLength.TAXVAT.problem("Tax/VAT Number", c.taxvat()).ifPresent(messages::add);
        requireIfConfigured(
                ConfigPath.GENDER_SHOW, c.gender() == null ? null : c.gender().toString(), "Gender", messages);
        if (!TextRule.NAME.accepts(c.firstname())) {
            messages.add(FIRST_NAME_INVALID);
        }
        if (!TextRule.NAME.accepts(c.lastname())) {
            messages.add(LAST_NAME_INVALID);
        }
        if (!TextRule.NAME.accepts(c.middlename())) {
            messages.add(MIDDLE_NAME_INVALID);
        }
        ZoneId zone = ZoneId.of(config.value(ConfigPath.TIMEZONE, website));
        if (dob.isPresent() && DateOfBirth.isInFuture(dob.get(), zone, now)) {
            messages.add(DateOfBirth.IN_FUTURE);
        }
        return messages;
    }

    private void requireIfConfigured(String showPath, String value, String label, List<String> messages) {
        if ("req".equals(config.value(showPath, website))) {
            requireText(value, label, messages);
        }
    }

    private static void requireText(String value, String label, List<String> messages) {
        if (value == null || value.trim().isEmpty()) {
            messages.add("\"" + label + "\" is a required value.");
        }
    }
}
