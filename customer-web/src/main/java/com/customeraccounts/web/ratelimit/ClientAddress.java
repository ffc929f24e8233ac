package com.customeraccounts.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Which client a request comes from: the connection's peer, unless the peer is a trusted proxy; then
 * {@code X-Forwarded-For} is read from the right, past every trusted proxy, and the first address that is
 * not one is the client. Addresses to the left of it were written by the client and prove nothing.
 */
public final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {}

    /** The client of this request, believing {@code X-Forwarded-For} only from these proxies. */
    public static String of(HttpServletRequest request, List<IpRange> trustedProxies) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trustedProxies);
    }

    static String of(String peer, List<String> forwardedFor, List<IpRange> trustedProxies) {
        Optional<InetAddress> peerAddress = IpRange.literal(peer);
        if (peerAddress.isEmpty() || !trusted(peerAddress.get(), trustedProxies)) {
            return peer;
        }
        String client = peer;
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(String::trim)
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpRange.literal(hops.get(i));
            if (hop.isEmpty()) {
                // not an address: whoever wrote it is not to be believed further
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusted(hop.get(), trustedProxies)) {
                return client;
            }
        }
        return client;
    }

    private static boolean trusted(InetAddress address, List<IpRange> trustedProxies) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
