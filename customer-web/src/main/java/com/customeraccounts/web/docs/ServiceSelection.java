package com.customeraccounts.web.docs;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code services} of Magento's schema URL: {@code all} (the default) or Magento's comma-separated service
 * names ({@code customerAccountManagementV1,...}), each matched whole. An operation's id is its service's
 * name followed by the method name and the HTTP method, as Magento names operations.
 */
record ServiceSelection(List<String> names) {

    private static final String ALL = "all";
    /** A Magento service name ends in its version: {@code customerAccountManagementV1}. */
    private static final Pattern VERSIONED_SERVICE = Pattern.compile("^(.+?V\\d+)(?=[A-Z])");
    /** This service's own routes without a version: the id less its method name and HTTP method. */
    private static final Pattern UNVERSIONED_SERVICE = Pattern.compile("^(.+?)(?=[A-Z][a-z0-9]*[A-Z][a-z]*$)");

    static ServiceSelection of(String services) {
        if (services == null || services.isBlank() || ALL.equals(services.trim())) {
            return new ServiceSelection(null);
        }
        return new ServiceSelection(Arrays.stream(services.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList());
    }

    boolean includes(String operationId) {
        return names == null || names.contains(serviceOf(operationId));
    }

    /** The service an operation belongs to, Magento's tag for it. */
    static String serviceOf(String operationId) {
        Matcher versioned = VERSIONED_SERVICE.matcher(operationId);
        if (versioned.find()) {
            return versioned.group(1);
        }
        Matcher unversioned = UNVERSIONED_SERVICE.matcher(operationId);
        return unversioned.find() ? unversioned.group(1) : operationId;
    }
}
