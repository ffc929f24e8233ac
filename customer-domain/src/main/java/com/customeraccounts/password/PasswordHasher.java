package com.customeraccounts.password;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.SecretToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt (instead of Magento's Argon2id) over an HMAC-SHA-256 pre-hash. bcrypt reads at most 72 bytes;
 * the pre-hash makes every character of a password up to Magento's 256 count.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final byte[] PRE_HASH_KEY = "customer-accounts/bcrypt-pre-hash/v1".getBytes(StandardCharsets.UTF_8);

    private int cost;
    private volatile String decoyHash;

    protected PasswordHasher() {}

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

    /**
     * A {@code null} hash (no such account, or one without a password) never matches, but is checked
     * against a decoy hash all the same: a sign-in then takes as long whether or not the account exists.
     * A hash Magento wrote, brought over with its customer, is checked as Magento checks it.
     */
    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (MagentoPasswordHash.isOne(hash)) {
            return MagentoPasswordHash.matches(password, hash);
        }
        boolean matches = checks(password, hash == null ? decoyHash() : hash);
        return matches && hash != null;
    }

    /**
     * Whether a stored hash should be replaced by this hasher's own, once the password is known to match:
     * Magento's hashes are, as Magento's {@code UpgradeCustomerPasswordObserver} re-hashes its old versions.
     */
    public boolean needsUpgrade(String hash) {
        return MagentoPasswordHash.isOne(hash);
    }

    /** A hash of no one's password, at this hasher's cost. */
    String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hash(SecretToken.random().value());
            decoyHash = decoy;
        }
        return decoy;
    }

    private static boolean checks(String password, String hash) {
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
