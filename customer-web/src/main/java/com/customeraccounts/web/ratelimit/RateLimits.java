package com.customeraccounts.web.ratelimit;

import com.customeraccounts.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The configured limits: {@code ratelimit.<name>.limit} requests per {@code ratelimit.<name>.window}
 * seconds, {@code ratelimit.enabled} ({@code true}) and {@code ratelimit.trusted_proxies} (CIDRs, none by
 * default). The defaults leave room for a household or an office behind one address; a storefront that
 * calls from its own server must be a trusted proxy that forwards the shopper's address.
 */
@ApplicationScoped
public class RateLimits {

    static final Map<String, RateLimit> DEFAULTS = Map.of(
            RateLimited.CREATE_ACCOUNT, new RateLimit(20, Duration.ofMinutes(10)),
            RateLimited.CUSTOMER_TOKEN, new RateLimit(30, Duration.ofMinutes(1)),
            RateLimited.ADMIN_TOKEN, new RateLimit(10, Duration.ofMinutes(1)),
            RateLimited.PASSWORD_RESET, new RateLimit(10, Duration.ofMinutes(10)),
            RateLimited.CONFIRMATION_RESEND, new RateLimit(10, Duration.ofMinutes(10)),
            RateLimited.EMAIL_AVAILABLE, new RateLimit(60, Duration.ofMinutes(1)));

    private StoreConfig config;
    /** The last list read and its ranges: parsed once, not on every request, yet following the setting. */
    private volatile TrustedProxies trusted = new TrustedProxies("", List.of());

    private record TrustedProxies(String setting, List<IpRange> ranges) {}

    protected RateLimits() {}

    @Inject
    public RateLimits(StoreConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        String value = config.value("ratelimit.enabled").trim();
        return value.isEmpty()
                || !(value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no"));
    }

    public RateLimit of(String name) {
        RateLimit fallback = DEFAULTS.get(name);
        if (fallback == null) {
            throw new IllegalArgumentException("No rate limit is named " + name);
        }
        return new RateLimit(
                number("ratelimit." + name + ".limit", fallback.requests()),
                Duration.ofSeconds(number(
                        "ratelimit." + name + ".window", fallback.window().toSeconds())));
    }

    public List<IpRange> trustedProxies() {
        String setting = config.value("ratelimit.trusted_proxies");
        TrustedProxies current = trusted;
        if (!current.setting().equals(setting)) {
            current = new TrustedProxies(
                    setting,
                    Arrays.stream(setting.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .map(IpRange::parse)
                            .toList());
            trusted = current;
        }
        return current.ranges();
    }

    private int number(String key, long fallback) {
        String value = config.value(key).trim();
        return value.isEmpty() ? (int) fallback : config.intValue(key);
    }
}
