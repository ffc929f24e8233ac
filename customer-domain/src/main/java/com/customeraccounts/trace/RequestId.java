package com.customeraccounts.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id a request is known by in responses, log lines and outbox rows: a client's {@code X-Request-Id} when it
 * is a sane token (1 to 64 of {@code A-Z a-z 0-9 . _ : -}), else one generated here. The rule is strict because
 * the id is echoed in a header and written into every log line: nothing a client sends may add a header, a
 * line, a space or a character a log reader would misread.
 */
public record RequestId(String value) {

    static final int MAX_LENGTH = 64;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RequestId {
        if (!isSane(value)) {
            throw new IllegalArgumentException("not a sane request id");
        }
    }

    /** The client's id if it is sane; anything else (absent, empty, too long, odd characters) is none. */
    public static Optional<RequestId> of(String candidate) {
        return isSane(candidate) ? Optional.of(new RequestId(candidate)) : Optional.empty();
    }

    /** The client's id if sane, else a new one: never an error, never the client's odd value reflected. */
    public static RequestId ofOrGenerated(String candidate) {
        return of(candidate).orElseGet(RequestId::generate);
    }

    /** 16 random lower-case hex digits (64 bits): short, URL-safe, and unique enough to find one request. */
    public static RequestId generate() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return new RequestId(HexFormat.of().formatHex(bytes));
    }

    private static boolean isSane(String candidate) {
        // the length first, so that a huge header costs nothing to refuse
        return candidate != null
                && !candidate.isEmpty()
                && candidate.length() <= MAX_LENGTH
                && SANE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
