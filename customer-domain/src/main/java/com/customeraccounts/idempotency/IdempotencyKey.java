package com.customeraccounts.idempotency;

import com.customeraccounts.error.InputException;

/** The {@code Idempotency-Key} header's value: 1 to 255 visible ASCII characters. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** @throws InputException Magento's invalid-value message when it is not 1 to 255 visible ASCII characters */
    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !visibleAscii(value)) {
            throw InputException.invalidFieldValue(HEADER, value == null ? "" : shown(value));
        }
    }

    private static boolean visibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** At most the first 255 characters go back in the error: a long header is not echoed whole. */
    private static String shown(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
