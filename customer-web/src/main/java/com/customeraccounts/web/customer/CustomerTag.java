package com.customeraccounts.web.customer;

import com.customeraccounts.customer.Precondition;
import com.customeraccounts.customer.SecretToken;
import jakarta.json.JsonValue;

/**
 * A customer's strong {@code ETag}: a digest of the customer as the API shows it (addresses included), so
 * it changes whenever anything a client can read of it does, and is the same on every instance.
 */
final class CustomerTag {

    private CustomerTag() {}

    static String of(JsonValue customer) {
        return "\"" + SecretToken.sha256(customer.toString()).substring(0, 32) + "\"";
    }

    /**
     * {@code If-Match} as a condition on the customer as it is when the change is made: none without the
     * header; {@code *} for any customer; otherwise one of the listed tags, compared strongly (a weak
     * {@code W/} tag never matches), as RFC 9110 says.
     */
    static Precondition ifMatch(String header) {
        if (header == null) {
            return Precondition.NONE;
        }
        if (header.strip().equals("*")) {
            return current -> true;
        }
        return current -> listed(header, of(CustomerJson.of(current)), false);
    }

    /** Whether {@code If-None-Match} names this tag (weakly compared) or is {@code *}. */
    static boolean noneMatchNames(String header, String tag) {
        return header != null && (header.strip().equals("*") || listed(header, tag, true));
    }

    private static boolean listed(String header, String tag, boolean weak) {
        for (String listed : header.split(",")) {
            String candidate = listed.strip();
            if (candidate.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                candidate = candidate.substring(2);
            }
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
