package com.customeraccounts.account;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mindrot.jbcrypt.BCrypt;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * bcrypt (instead of Magento's Argon2id) over an HMAC-SHA-256 pre-hash. bcrypt reads at most 72 bytes;
 * the pre-hash makes every character of a password up to Magento's 256 count.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final byte[] PRE_HASH_KEY = "customer-accounts/bcrypt-pre-hash/v1".getBytes(StandardCharsets.UTF_8);

    private int cost;

    protected PasswordHasher() {
    }

    @Inject
    public PasswordHasher(StoreConfig config) {
        this(config.intValue(ConfigPath.BCRYPT_COST));
    }

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31: " + cost);
        }
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.hashpw(preHash(password), BCrypt.gensalt(cost));
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return BCrypt.checkpw(preHash(password), hash);
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformedHash) {
            return false;
        }
    }

    private static String preHash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PRE_HASH_KEY, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
