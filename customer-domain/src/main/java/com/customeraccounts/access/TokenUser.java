package com.customeraccounts.access;

import com.customeraccounts.customer.SecretToken;
import java.util.Locale;

/**
 * Who a token request names: Magento's user type and user name. Magento's {@code user_name} column
 * compares without letter case, so this does too; the name is kept only as a hash.
 */
public record TokenUser(Type type, String nameHash) {

    /** Magento's {@code RequestThrottler::USER_TYPE_*}. */
    public enum Type {
        CUSTOMER(2),
        ADMIN(3);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public static TokenUser customer(String username) {
        return new TokenUser(Type.CUSTOMER, hash(username));
    }

    public static TokenUser admin(String username) {
        return new TokenUser(Type.ADMIN, hash(username));
    }

    private static String hash(String username) {
        return SecretToken.sha256(username.toLowerCase(Locale.ROOT));
    }
}
