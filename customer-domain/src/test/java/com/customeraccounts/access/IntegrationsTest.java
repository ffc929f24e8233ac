package com.customeraccounts.access;

import static com.customeraccounts.access.SampleIntegrations.ERP;
import static com.customeraccounts.access.SampleIntegrations.PIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntegrationsTest {

    private final Integrations integrations = new Integrations(List.of(ERP, PIM));

    @Test
    void findsAnIntegrationByItsConsumerKeyAndByItsAccessToken() {
        assertThat(integrations.findByConsumerKey(ERP.consumerKey())).contains(ERP);
        assertThat(integrations.findByAccessToken(PIM.accessToken())).contains(PIM);
        assertThat(integrations.findByConsumerKey(ERP.accessToken())).isEmpty();
        assertThat(integrations.findByAccessToken("unknown")).isEmpty();
        assertThat(Integrations.none().findByConsumerKey(ERP.consumerKey())).isEmpty();
    }

    @Test
    void refusesTwoIntegrationsSharingAConsumerKeyOrAnAccessToken() {
        Integration sameKey = new Integration("copy", ERP.consumerKey(), "s", "other-token", "ts", Set.of());
        Integration sameToken = new Integration("copy", "other-key", "s", ERP.accessToken(), "ts", Set.of());

        assertThatIllegalArgumentException().isThrownBy(() -> new Integrations(List.of(ERP, sameKey)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Integrations(List.of(ERP, sameToken)));
    }

    @Test
    void refusesAnIntegrationWithoutASecret() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Integration("ERP", "key", "", "token", "token-secret", Set.of()));
    }

    @Test
    void neverPrintsItsSecretsOrItsAccessToken() {
        assertThat(ERP.toString())
                .contains("ERP", ERP.consumerKey())
                .doesNotContain(ERP.consumerSecret(), ERP.accessToken(), ERP.accessTokenSecret());
        assertThat(integrations.toString()).doesNotContain(ERP.consumerSecret(), ERP.accessTokenSecret());
    }

    @Test
    void actsWithTheResourcesItWasGranted() {
        assertThat(PIM.caller().isAllowed(AclResource.CUSTOMER)).isTrue();
        assertThat(PIM.caller().isAllowed(AclResource.DELETE)).isFalse();
        assertThat(ERP.caller().isAllowed(AclResource.DELETE)).isTrue();
    }
}
