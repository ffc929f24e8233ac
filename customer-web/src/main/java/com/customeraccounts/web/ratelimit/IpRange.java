package com.customeraccounts.web.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** A CIDR block ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address), matched bit by bit. */
record IpRange(byte[] network, int prefixLength) {

    /** @throws IllegalArgumentException for anything but an IP literal with an optional prefix length */
    static IpRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        byte[] address = IpRange.literal(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("Not an IP range: " + cidr))
                .getAddress();
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP range: " + cidr, e);
            }
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Not an IP range: " + cidr);
        }
        return new IpRange(address, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An IP literal, never a host name: {@link InetAddress#getByName} would ask DNS for anything that
     * does not look like one, and a header's value must never cause a lookup.
     */
    static Optional<InetAddress> literal(String text) {
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > 45) {
            return Optional.empty();
        }
        if (value.indexOf(':') < 0 && !isDottedQuad(value)) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return Optional.empty();
            }
        }
        try {
            // a string with a colon is parsed as IPv6 and refused without a lookup if it is not one
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
