package com.customeraccounts.notification;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.SecretToken;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The storefront links Magento puts in account emails, on the store's secure base URL. A caller's
 * {@code redirectUrl} becomes the confirmation link's {@code back_url} only when its origin is the base
 * URL's or an allowed one; otherwise the base URL is used (Magento takes any URL).
 */
final class AccountLinks {

    private final String baseUrl;
    private final List<String> allowedOrigins;

    AccountLinks(String baseUrl, List<String> allowedOrigins) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.allowedOrigins = allowedOrigins.stream().map(AccountLinks::origin).flatMap(Optional::stream).toList();
    }

    String createPassword(CustomerId id, SecretToken token) {
        return baseUrl + "customer/account/createPassword/?id=" + id.value() + "&token=" + encode(token.value());
    }

    String confirm(CustomerId id, SecretToken key, Optional<String> redirectUrl) {
        return baseUrl + "customer/account/confirm/?id=" + id.value() + "&key=" + encode(key.value())
                + "&back_url=" + encode(backUrl(redirectUrl));
    }

    String backUrl(Optional<String> redirectUrl) {
        Optional<String> requested = redirectUrl.flatMap(url -> origin(url).map(origin -> url).stream()
                .filter(u -> isAllowed(origin(u).orElseThrow())).findFirst());
        return requested.orElse(baseUrl);
    }

    private boolean isAllowed(String origin) {
        return origin(baseUrl).map(origin::equals).orElse(false) || allowedOrigins.contains(origin);
    }

    /** {@code scheme://host[:port]} in lower case, for http(s) URLs only. */
    static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort() == -1 ? ("https".equals(scheme) ? 443 : 80) : uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (Exception notAUrl) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
