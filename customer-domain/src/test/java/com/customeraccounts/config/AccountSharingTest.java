package com.customeraccounts.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.store.ShareScope;
import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountSharingTest {

    private static final Website SECOND = new Website(WebsiteId.of(2), "second", "Second Website", 2);

    private static AccountSharing configured(String scope) {
        Map<String, String> values = Map.of(ConfigPath.ACCOUNT_SHARE_SCOPE, scope);
        return AccountSharing.configuredIn(new StoreConfig(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void magentosDefaultSharesAccountsPerWebsite() {
        AccountSharing sharing = AccountSharing.configuredIn(new StoreConfig(key -> Optional.empty()));

        assertThat(sharing).isEqualTo(AccountSharing.PER_WEBSITE);
        assertThat(sharing.scopeOf(SECOND)).isEqualTo(ShareScope.of(2));
    }

    @Test
    void zeroSharesAccountsAcrossAllWebsitesInScopeZero() {
        AccountSharing sharing = configured("0");

        assertThat(sharing.isGlobal()).isTrue();
        assertThat(sharing.scopeOf(SECOND)).isEqualTo(ShareScope.GLOBAL).isEqualTo(ShareScope.of(0));
    }

    @Test
    void anyOtherValueSharesPerWebsite() {
        assertThat(configured("1").scopeOf(SECOND)).isEqualTo(ShareScope.of(2));
        assertThat(configured("2").isGlobal()).isFalse();
    }
}
