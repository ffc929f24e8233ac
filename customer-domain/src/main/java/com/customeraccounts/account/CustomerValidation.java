package com.customeraccounts.account;

import com.customeraccounts.account.NewAccount.CustomerDraft;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT /V1/customers/validate}: Magento's EAV backend validator, which reports empty required
 * attributes in its own words and order (Associate to Website, Group, First Name, Last Name, Email).
 */
@ApplicationScoped
public class CustomerValidation {

    static final String EMPTY = "The \"%s\" attribute value is empty. Set the attribute and try again.";

    public record Result(boolean valid, List<String> messages) {}

    public Result validate(CustomerDraft customer) {
        List<String> messages = new ArrayList<>();
        require(
                customer.websiteId() == null ? null : customer.websiteId().toString(),
                "Associate to Website",
                messages);
        require(customer.groupId() == null ? null : customer.groupId().toString(), "Group", messages);
        require(customer.firstname(), "First Name", messages);
        require(customer.lastname(), "Last Name", messages);
        require(customer.email(), "Email", messages);
        return new Result(messages.isEmpty(), messages);
    }

    private static void require(String value, String label, List<String> messages) {
        if (value == null || value.isEmpty()) {
            messages.add(EMPTY.formatted(label));
        }
    }
}
