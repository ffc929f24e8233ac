package com.customeraccounts.access;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of RFC 5849 §3.4: the signature base string (§3.4.1) and its HMAC (§3.4.2, and the same
 * with SHA-256). Malformed input (a bad URL, a broken percent-escape) throws {@link IllegalArgumentException}.
 */
final class OAuthSignature {

    static final String HMAC_SHA1 = "HMAC-SHA1";
    static final String HMAC_SHA256 = "HMAC-SHA256";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Comparator<String[]> BY_NAME_THEN_VALUE =
            Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

    private OAuthSignature() {}

    static boolean isSupported(String signatureMethod) {
        return HMAC_SHA1.equals(signatureMethod) || HMAC_SHA256.equals(signatureMethod);
    }

    /**
     * @param protocolParameters the {@code oauth_*} parameters of the Authorization header; its
     *                           {@code oauth_signature} is left out here
     */
    static String baseString(
            String method,
            String url,
            Map<String, List<String>> formParameters,
            Map<String, String> protocolParameters) {
        RequestUrl requestUrl = RequestUrl.parse(url);
        List<String[]> parameters = new ArrayList<>();
        if (requestUrl.rawQuery() != null) {
            addFormEncoded(requestUrl.rawQuery(), parameters);
        }
        formParameters.forEach((name, values) ->
                values.forEach(value -> parameters.add(new String[] {encode(name), encode(value)})));
        protocolParameters.forEach((name, value) -> {
            if (!"oauth_signature".equals(name) && !"realm".equals(name)) {
                parameters.add(new String[] {encode(name), encode(value)});
            }
        });
        parameters.sort(BY_NAME_THEN_VALUE);
        String normalized = parameters.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
        return method.toUpperCase(Locale.ROOT) + "&" + encode(requestUrl.baseStringUri()) + "&" + encode(normalized);
    }

    /** The base64 HMAC of the base string, keyed with both secrets (§3.4.2). */
    static String sign(String signatureMethod, String baseString, String consumerSecret, String tokenSecret) {
        String algorithm = switch (signatureMethod) {
            case HMAC_SHA1 -> "HmacSHA1";
            case HMAC_SHA256 -> "HmacSHA256";
            default -> throw new IllegalArgumentException("Unsupported signature method");
        };
        byte[] key = (encode(consumerSecret) + "&" + encode(tokenSecret)).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** Percent-encoding of RFC 5849 §3.6: everything but RFC 3986's unreserved characters, over UTF-8. */
    static String encode(String value) {
        return encode(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        StringBuilder encoded = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** Percent-decoding to UTF-8 text; {@code +} stays a plus sign, as in the Authorization header. */
    static String decode(String value) {
        return new String(decodeBytes(value, false), StandardCharsets.UTF_8);
    }

    /**
     * The query (§3.4.1.3.1) is read as {@code application/x-www-form-urlencoded}: {@code +} is a space. Names
     * and values are decoded to bytes and encoded again, so what the client signed is met byte for byte
     * whatever it had escaped on the wire (brackets raw or as {@code %5B}).
     */
    private static void addFormEncoded(String rawQuery, List<String[]> parameters) {
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new String[] {encode(decodeBytes(name, true)), encode(decodeBytes(value, true))});
        }
    }

    private static byte[] decodeBytes(String value, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new IllegalArgumentException("Truncated percent-escape");
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("Invalid percent-escape");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    utf8 = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return bytes.toByteArray();
    }

    /** The parts of the request URL that the signature covers (§3.4.1.2). */
    record RequestUrl(String scheme, String host, int port, String path, String rawQuery) {

        static RequestUrl parse(String url) {
            int schemeEnd = url.indexOf("://");
            if (schemeEnd <= 0) {
                throw new IllegalArgumentException("Not an absolute URL");
            }
            String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            String rest = url.substring(schemeEnd + 3);
            int fragment = rest.indexOf('#');
            if (fragment >= 0) {
                rest = rest.substring(0, fragment);
            }
            String rawQuery = null;
            int question = rest.indexOf('?');
            if (question >= 0) {
                rawQuery = rest.substring(question + 1);
                rest = rest.substring(0, question);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "/" : rest.substring(slash);
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int portColon = authority.lastIndexOf(':');
            if (portColon < authority.lastIndexOf(']')) {
                portColon = -1;
            }
            String host = (portColon < 0 ? authority : authority.substring(0, portColon)).toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                throw new IllegalArgumentException("No host");
            }
            int port = portColon < 0 || portColon == authority.length() - 1
                    ? defaultPort(scheme)
                    : parsePort(authority.substring(portColon + 1));
            return new RequestUrl(scheme, host, port, path, rawQuery);
        }

        /** Scheme and host in lower case, the port only when it is not the scheme's default, the path as sent. */
        String baseStringUri() {
            boolean defaultPort = port == defaultPort(scheme);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
        }

        private static int defaultPort(String scheme) {
            return switch (scheme) {
                case "http" -> 80;
                case "https" -> 443;
                default -> -1;
            };
        }

        private static int parsePort(String port) {
            if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("Invalid port");
            }
            return Integer.parseInt(port);
        }
    }
}
