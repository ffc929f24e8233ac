package com.customeraccounts.notification;

import com.customeraccounts.account.RedirectTargets;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.SecretToken;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The storefront links Magento puts in account emails, on the store's secure base URL. A caller's
 * {@code redirectUrl} becomes the confirmation link's {@code back_url} only when its origin is the base
 * URL's or an allowed one; otherwise the base URL is used (Magento takes any URL).
 */
final class AccountLinks {

    private final RedirectTargets redirects;
    private final String baseUrl;

    AccountLinks(String baseUrl, List<String> allowedOrigins) {
        this.redirects = new RedirectTargets(baseUrl, allowedOrigins);
        this.baseUrl = redirects.baseUrl();
    }

    String createPassword(CustomerId id, SecretToken token) {
        return baseUrl + "customer/account/createPassword/?id=" + id.value() + "&token=" + asWritten(token);
    }

    String confirm(CustomerId id, SecretToken key, Optional<String> redirectUrl) {
        return baseUrl + "customer/account/confirm/?id=" + id.value() + "&key=" + asWritten(key) + "&back_url="
                + encode(backUrl(redirectUrl));
    }

    /**
     * The token or key as these links write it: also how it appears in an email's HTML body, as URL encoding
     * leaves no character that HTML escaping changes.
     */
    static String asWritten(SecretToken secret) {
        return encode(secret.value());
    }

    String backUrl(Optional<String> redirectUrl) {
        return redirects.target(redirectUrl);
    }

    static Optional<String> origin(String url) {
        return RedirectTargets.origin(url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
