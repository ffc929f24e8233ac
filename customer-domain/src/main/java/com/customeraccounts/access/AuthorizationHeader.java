package com.customeraccounts.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol parameters of an {@code Authorization: OAuth k="v", ...} header (RFC 5849 §3.5.1), decoded.
 * Read as leniently as Magento does (quotes optional, {@code realm} and other non-{@code oauth_} names
 * ignored), but a parameter given twice makes the header unusable.
 */
final class AuthorizationHeader {

    private static final String SCHEME = "OAuth";

    private AuthorizationHeader() {}

    /** Empty when the header is absent or of another scheme; throws {@link IllegalArgumentException} when malformed. */
    static Optional<Map<String, String>> protocolParameters(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || value.length() > SCHEME.length() && !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (String part : value.substring(SCHEME.length()).split(",")) {
            String trimmed = part.strip();
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = OAuthSignature.decode(trimmed.substring(0, equals).strip());
            if (!name.startsWith("oauth_")) {
                continue;
            }
            String quoted = trimmed.substring(equals + 1).strip();
            String raw = quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\"")
                    ? quoted.substring(1, quoted.length() - 1)
                    : quoted;
            if (parameters.put(name, OAuthSignature.decode(raw)) != null) {
                throw new IllegalArgumentException("Protocol parameter given twice: " + name);
            }
        }
        return Optional.of(parameters);
    }
}
