package com.customeraccounts.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A secret handed to the customer once (a reset-password token, a confirmation key). Only its
 * {@link #hash()} is stored; {@link #toString()} never shows the value, so it cannot slip into a log.
 */
public record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    public SecretToken {
        Objects.requireNonNull(value, "value");
    }

    /** 32 random alphanumerics (about 190 bits), the shape of Magento's tokens and keys. */
    public static SecretToken random() {
        char[] chars = new char[32];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new SecretToken(new String(chars));
    }

    /** SHA-256, hex: tokens are long and random, so a fast hash is enough to make a stolen table useless. */
    public String hash() {
        return sha256(value);
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken[****]";
    }
}
