package com.customeraccounts.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Integrations, clocks and nonce stores the OAuth tests share. */
final class SampleIntegrations {

    /** The client of RFC 5849 §3.4.1.1, with the secrets its errata-checked signature was made with. */
    static final Integration RFC_EXAMPLE = new Integration(
            "RFC 5849 example",
            "9djdj82h48djs9d2",
            "j49sk3j29djd",
            "kkk9d7dh3k39sjv7",
            "dh893hdasih9",
            Set.of(AclResource.MANAGE));

    static final Integration ERP = new Integration(
            "ERP",
            "erpconsumerkey0000000000000000001",
            "erpconsumersecret00000000000000001",
            "erpaccesstoken0000000000000000001",
            "erpaccesstokensecret0000000000001",
            Set.of(AclResource.ALL));
    static final Integration PIM = new Integration(
            "PIM",
            "pimconsumerkey0000000000000000002",
            "pimconsumersecret00000000000000002",
            "pimaccesstoken0000000000000000002",
            "pimaccesstokensecret0000000000002",
            Set.of(AclResource.CUSTOMER));
    static final Integrations ALL = new Integrations(List.of(RFC_EXAMPLE, ERP, PIM));

    /** 2025-06-01T12:00:00Z. */
    static final Instant NOW = Instant.ofEpochSecond(1_748_779_200L);

    private SampleIntegrations() {}

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Nonces kept in memory, the way the database keeps them: once per consumer. */
    static final class RememberedNonces implements OAuthNonces {

        final Set<List<String>> used = new HashSet<>();

        @Override
        public boolean use(String consumerKey, String nonce, Instant timestamp) {
            return used.add(List.of(consumerKey, nonce));
        }
    }
}
