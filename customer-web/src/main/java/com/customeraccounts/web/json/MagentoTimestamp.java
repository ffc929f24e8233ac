package com.customeraccounts.web.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Magento's timestamp on the wire: {@code YYYY-MM-DD HH:MM:SS} in UTC. */
public final class MagentoTimestamp {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private MagentoTimestamp() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
