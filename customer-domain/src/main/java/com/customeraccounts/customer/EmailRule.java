package com.customeraccounts.customer;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Magento's email check ({@code Framework/Validator/EmailAddress}: Laminas' validator with the TLD check
 * off and no MX look-up), with the messages Magento's EAV layer maps its failures to: the length error,
 * then the hostname error with the hostname validator's own lines, then the local-part error.
 */
public final class EmailRule {

    static final String INVALID = "\"Email\" is not a valid email address.";
    static final String INVALID_HOSTNAME = "\"Email\" is not a valid hostname.";
    static final String TOO_LONG = "\"Email\" uses too many characters.";

    private static final String ATEXT = "a-zA-Z0-9!#$%&'*+\\-/=?^_`{|}~";
    private static final Pattern DOT_ATOM = Pattern.compile("[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*");
    private static final Pattern QUOTED =
            Pattern.compile("\"([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LABEL_CHARACTERS = Pattern.compile("[a-zA-Z0-9-]{1,63}");
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-]{0,62}");

    private EmailRule() {}

    /**
     * The messages for this value, in Magento's order; empty for a valid address, and for an absent or
     * empty one (other rules report those).
     */
    public static List<String> problems(String email) {
        if (email == null || email.isEmpty()) {
            return List.of();
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.contains("..")) {
            return List.of(INVALID);
        }
        String local = email.substring(0, at);
        String host = email.substring(at + 1);
        if (local.getBytes(StandardCharsets.UTF_8).length > 64 || host.getBytes(StandardCharsets.UTF_8).length > 255) {
            return List.of(TOO_LONG);
        }
        List<String> problems = new ArrayList<>();
        List<String> hostProblems = hostnameProblems(host);
        if (!hostProblems.isEmpty()) {
            problems.add(INVALID_HOSTNAME);
            problems.addAll(hostProblems);
        }
        if (!DOT_ATOM.matcher(local).matches() && !QUOTED.matcher(local).matches()) {
            problems.add(INVALID);
        }
        return problems;
    }

    /** Laminas' Hostname validator allowing DNS names only (no IP address, no local network name). */
    private static List<String> hostnameProblems(String rawHost) {
        String host;
        try {
            host = IDN.toASCII(rawHost, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notConvertible) {
            host = rawHost;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (IPV4.matcher(bare).matches() || bare.contains(":")) {
            return List.of("'" + host + "' looks like an IP address, which is not an acceptable format.");
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            String localNameVerdict = LOCAL_NAME.matcher(host).matches()
                    ? "'" + host + "' looks like a local network name, which is not an acceptable format."
                    : "'" + host + "' does not look like a valid local network name.";
            return List.of("'" + host + "' does not match the expected structure for a DNS hostname", localNameVerdict);
        }
        String tld = labels[labels.length - 1];
        for (String label : labels) {
            if (label.startsWith("-") || label.endsWith("-") || label.startsWith("xn--") && label.length() == 4) {
                return List.of(
                        "'" + host + "' looks like a DNS hostname but contains a dash in an invalid position.",
                        "'" + host + "' looks like a local network name, which is not an acceptable format.");
            }
            if (!LABEL_CHARACTERS.matcher(label).matches()) {
                return List.of(
                        "'" + host + "' looks like a DNS hostname but we cannot match it against the hostname "
                                + "schema for TLD '" + tld.toUpperCase(Locale.ROOT) + "'.",
                        "'" + host + "' does not look like a valid local network name.");
            }
        }
        return List.of();
    }
}
