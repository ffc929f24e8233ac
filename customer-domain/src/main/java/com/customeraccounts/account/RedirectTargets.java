package com.customeraccounts.account;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.store.Website;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a customer may be sent back to after following a link: a URL on the store's base URL origin or
 * on an origin listed in {@code customer/create_account/redirect_allowed_origins}; anything else becomes
 * the store's base URL. (Magento takes any URL, which makes its links open redirects.)
 */
public final class RedirectTargets {

    static final int MAX_URL_LENGTH = 2048;

    private final String baseUrl;
    private final List<String> allowedOrigins;

    public RedirectTargets(String baseUrl, List<String> allowedOrigins) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.allowedOrigins = allowedOrigins.stream()
                .map(RedirectTargets::origin)
                .flatMap(Optional::stream)
                .toList();
    }

    public static RedirectTargets of(StoreConfig config, Website website) {
        return new RedirectTargets(
                config.value(ConfigPath.SECURE_BASE_URL, website),
                config.list(ConfigPath.REDIRECT_ALLOWED_ORIGINS, website));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The requested URL when its origin is allowed and it is at most {@value #MAX_URL_LENGTH} characters
     * long (it is written into a stored email, URL-encoded), else the base URL.
     */
    public String target(Optional<String> requested) {
        return requested
                .filter(url -> url.length() <= MAX_URL_LENGTH)
                .filter(url -> origin(url).filter(this::isAllowed).isPresent())
                .orElse(baseUrl);
    }

    private boolean isAllowed(String origin) {
        return origin(baseUrl).map(origin::equals).orElse(false) || allowedOrigins.contains(origin);
    }

    /** {@code scheme://host:port} in lower case, for http(s) URLs only. */
    public static Optional<String> origin(String url) {
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
}
