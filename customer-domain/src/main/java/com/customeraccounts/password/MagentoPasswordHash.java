package com.customeraccounts.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The password hashes Magento ever wrote ({@code Magento\Framework\Encryption\Encryptor::isValidHash}),
 * checked so that customers brought over keep their passwords: {@code hash:salt:version[:version…]}, each
 * version applied in turn to the previous step's lower-case hex with the same salt. Versions {@code 0}
 * md5(salt + input), {@code 1} sha256(salt + input), {@code 2} Argon2id13 with libsodium's "interactive"
 * limits (ops 2, 64 MiB; before libsodium 1.0.15 ops 4, 32 MiB: both are tried), {@code 3_<len>_<ops>_<mem>}
 * Argon2id13 with those parameters. Accepted beyond Magento: a bare {@code 3} (what Magento's own
 * {@code customer:hash:upgrade} appends, and then cannot verify) and Magento 1's bcrypt ({@code $2y$…}, bare
 * or with {@code :0}).
 *
 * <p>An Argon2 check takes 64 MiB and a few hundred milliseconds, so only one runs at a time: a burst of
 * legacy sign-ins queues rather than exhausting the heap. Parameters above Magento's (more memory or
 * passes than its default, an output over 64 bytes) never match: a stored hash must not be able to make
 * a sign-in cost more than Magento's does.
 */
final class MagentoPasswordHash {

    private static final int SALT_BYTES = 16;
    private static final int MAX_MEMORY_BYTES = 67_108_864;
    private static final int MAX_OPS = 4;
    private static final int MAX_OUTPUT_BYTES = 64;
    private static final int MAX_BCRYPT_COST = 12;
    private static final Semaphore ARGON2 = new Semaphore(1, true);
    private static final int ALLOCATION_ATTEMPTS = 5;
    private static final Duration ALLOCATION_BACKOFF = Duration.ofMillis(250);
    private static final HexFormat HEX = HexFormat.of();

    private record Argon2(int outputBytes, int ops, int memoryBytes) {

        static final Argon2 LATEST = new Argon2(32, 2, MAX_MEMORY_BYTES);
        static final Argon2 OLD_LIBSODIUM = new Argon2(32, 4, 33_554_432);
    }

    private MagentoPasswordHash() {}

    /** Whether this stored hash is one of Magento's, not this service's own bcrypt ({@code $2a$}). */
    static boolean isOne(String stored) {
        return stored != null && (stored.startsWith("$2y$") || stored.indexOf(':') > 0);
    }

    static boolean matches(String password, String stored) {
        if (stored.startsWith("$2y$")) {
            return bcryptMatches(password, stored.endsWith(":0") ? stored.substring(0, stored.length() - 2) : stored);
        }
        String[] parts = stored.split(":", 3);
        if (parts.length < 3 || parts[0].isEmpty()) {
            // Magento checks these against an HMAC with its own crypt/key, which a moved shop does not bring
            return false;
        }
        List<String> versions = List.of(parts[2].split(":"));
        if (versions.contains("2")) {
            return chainMatches(password, parts[0], parts[1], versions, Argon2.LATEST)
                    || chainMatches(password, parts[0], parts[1], versions, Argon2.OLD_LIBSODIUM);
        }
        return chainMatches(password, parts[0], parts[1], versions, Argon2.LATEST);
    }

    private static boolean chainMatches(
            String password, String expected, String salt, List<String> versions, Argon2 versionTwo) {
        String recreated = password;
        for (String version : versions) {
            Optional<String> next = step(recreated, salt, version, versionTwo);
            if (next.isEmpty()) {
                return false;
            }
            recreated = next.get();
        }
        return MessageDigest.isEqual(
                recreated.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> step(String input, String salt, String version, Argon2 versionTwo) {
        return switch (version) {
            case "0" -> Optional.of(digest("MD5", salt + input));
            case "1" -> Optional.of(digest("SHA-256", salt + input));
            case "2" -> Optional.of(argon2(input, salt, versionTwo));
            case "3" -> Optional.of(argon2(input, salt, Argon2.LATEST));
            default -> agnostic(version).map(parameters -> argon2(input, salt, parameters));
        };
    }

    /** {@code 3_<output bytes>_<ops>_<memory bytes>}, within Magento's own bounds. */
    private static Optional<Argon2> agnostic(String version) {
        String[] fields = version.split("_", -1);
        if (fields.length != 4 || !fields[0].equals("3")) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i < 4; i++) {
            if (fields[i].isEmpty()
                    || fields[i].length() > 9
                    || !fields[i].chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            numbers.add(Integer.parseInt(fields[i]));
        }
        Argon2 parameters = new Argon2(numbers.get(0), numbers.get(1), numbers.get(2));
        boolean withinBounds = parameters.outputBytes() >= 16
                && parameters.outputBytes() <= MAX_OUTPUT_BYTES
                && parameters.ops() >= 1
                && parameters.ops() <= MAX_OPS
                && parameters.memoryBytes() >= 8192
                && parameters.memoryBytes() <= MAX_MEMORY_BYTES;
        return withinBounds ? Optional.of(parameters) : Optional.empty();
    }

    private static String argon2(String input, String salt, Argon2 parameters) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(parameters.ops())
                .withMemoryAsKB(parameters.memoryBytes() / 1024)
                .withParallelism(1)
                .withSalt(sixteenBytes(salt))
                .build();
        byte[] output = new byte[parameters.outputBytes()];
        ARGON2.acquireUninterruptibly();
        try {
            generate(argon2, input.getBytes(StandardCharsets.UTF_8), output);
        } finally {
            ARGON2.release();
        }
        return HEX.formatHex(output);
    }

    /**
     * The heap is shared with the requests in flight, and under a bounded heap their live data can leave
     * no room for Argon2's 64 MiB for a moment (measured: one sign-in in a burst of 32 under
     * {@code -Xmx192m}). The memory is tried for again once they have moved on, rather than failing the
     * sign-in; what a failed attempt allocated is garbage at once.
     */
    private static void generate(Argon2Parameters argon2, byte[] password, byte[] output) {
        for (int attempt = 1; ; attempt++) {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon2);
            try {
                generator.generateBytes(password, output);
                return;
            } catch (OutOfMemoryError heapFull) {
                if (attempt == ALLOCATION_ATTEMPTS) {
                    throw heapFull;
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ALLOCATION_BACKOFF.toMillis() * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** libsodium's salt length, as Magento makes it: cut, or padded by repeating itself (PHP {@code str_pad}). */
    static byte[] sixteenBytes(String salt) {
        byte[] bytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] sixteen = new byte[SALT_BYTES];
        if (bytes.length == 0) {
            return sixteen;
        }
        for (int i = 0; i < SALT_BYTES; i++) {
            sixteen[i] = bytes[i % bytes.length];
        }
        return sixteen;
    }

    private static String digest(String algorithm, String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /**
     * PHP's {@code $2y$} is bcrypt as jBCrypt's {@code $2a$} computes it, over the bare password. A cost
     * above PHP's and Magento 1's (10) by more than two is refused rather than paid for.
     */
    private static boolean bcryptMatches(String password, String hash) {
        if (hash.length() < 7
                || !hash.substring(4, 6).chars().allMatch(Character::isDigit)
                || Integer.parseInt(hash.substring(4, 6)) > MAX_BCRYPT_COST) {
            return false;
        }
        try {
            return BCrypt.checkpw(password, "$2a$" + hash.substring(4));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return false;
        }
    }
}
