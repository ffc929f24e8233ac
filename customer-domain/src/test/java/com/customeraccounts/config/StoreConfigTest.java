package com.customeraccounts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.customeraccounts.store.Website;
import com.customeraccounts.store.WebsiteId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    private static final Website BASE = new Website(WebsiteId.of(1), "base", "Main Website", 1);
    private static final Website SECOND = new Website(WebsiteId.of(2), "second", "Second Website", 2);

    private static StoreConfig configWith(Map<String, String> values) {
        return new StoreConfig(key -> Optional.ofNullable(values.get(key)));
    }

    private final StoreConfig nothingConfigured = new StoreConfig(key -> Optional.empty());

    @Test
    void fallsBackToMagentosDefaultsWhenNothingIsConfigured() {
        assertThat(nothingConfigured.value(ConfigPath.CONFIRM)).isEqualTo("0");
        assertThat(nothingConfigured.value(ConfigPath.MINIMUM_PASSWORD_LENGTH)).isEqualTo("8");
        assertThat(nothingConfigured.value(ConfigPath.REQUIRED_CHARACTER_CLASSES))
                .isEqualTo("3");
        assertThat(nothingConfigured.value(ConfigPath.DEFAULT_GROUP)).isEqualTo("1");
        assertThat(nothingConfigured.flag(ConfigPath.CONFIRM)).isFalse();
        assertThat(nothingConfigured.intValue(ConfigPath.MINIMUM_PASSWORD_LENGTH))
                .isEqualTo(8);
    }

    @Test
    void fallsBackToMagentosDefaultsForAWebsiteWithNothingConfigured() {
        assertThat(nothingConfigured.value(ConfigPath.CONFIRM, BASE)).isEqualTo("0");
        assertThat(nothingConfigured.flag(ConfigPath.CONFIRM, BASE)).isFalse();
    }

    @Test
    void prefersTheDefaultScopeValueOverMagentosDefault() {
        StoreConfig config = configWith(Map.of(ConfigPath.CONFIRM, "1", ConfigPath.MINIMUM_PASSWORD_LENGTH, "12"));

        assertThat(config.value(ConfigPath.CONFIRM)).isEqualTo("1");
        assertThat(config.flag(ConfigPath.CONFIRM)).isTrue();
        assertThat(config.flag(ConfigPath.CONFIRM, BASE)).isTrue();
        assertThat(config.intValue(ConfigPath.MINIMUM_PASSWORD_LENGTH)).isEqualTo(12);
    }

    @Test
    void prefersTheWebsiteScopedValueOverTheDefaultScopeValue() {
        StoreConfig config = configWith(Map.of(ConfigPath.CONFIRM, "0", "websites/base/" + ConfigPath.CONFIRM, "1"));

        assertThat(config.value(ConfigPath.CONFIRM, BASE)).isEqualTo("1");
        assertThat(config.flag(ConfigPath.CONFIRM, BASE)).isTrue();
        assertThat(config.value(ConfigPath.CONFIRM)).isEqualTo("0");
    }

    @Test
    void appliesAWebsiteScopedValueOnlyToThatWebsite() {
        StoreConfig config = configWith(Map.of("websites/base/" + ConfigPath.CONFIRM, "1"));

        assertThat(config.flag(ConfigPath.CONFIRM, BASE)).isTrue();
        assertThat(config.flag(ConfigPath.CONFIRM, SECOND)).isFalse();
        assertThat(config.value(ConfigPath.CONFIRM, SECOND)).isEqualTo("0");
    }

    @Test
    void prefersAWebsiteScopedValueOverMagentosDefault() {
        StoreConfig config = configWith(Map.of("websites/second/" + ConfigPath.MINIMUM_PASSWORD_LENGTH, "10"));

        assertThat(config.intValue(ConfigPath.MINIMUM_PASSWORD_LENGTH, SECOND)).isEqualTo(10);
        assertThat(config.intValue(ConfigPath.MINIMUM_PASSWORD_LENGTH, BASE)).isEqualTo(8);
    }

    @Test
    void readsAnUnknownPathAsEmpty() {
        assertThat(nothingConfigured.value("no/such/path")).isEmpty();
    }

    @Test
    void understandsMagentosWaysOfSayingYes() {
        assertThat(configWith(Map.of(ConfigPath.CONFIRM, "true")).flag(ConfigPath.CONFIRM))
                .isTrue();
        assertThat(configWith(Map.of(ConfigPath.CONFIRM, "Yes")).flag(ConfigPath.CONFIRM))
                .isTrue();
        assertThat(configWith(Map.of(ConfigPath.CONFIRM, " 1 ")).flag(ConfigPath.CONFIRM))
                .isTrue();
        assertThat(configWith(Map.of(ConfigPath.CONFIRM, "0")).flag(ConfigPath.CONFIRM))
                .isFalse();
        assertThat(configWith(Map.of(ConfigPath.CONFIRM, "")).flag(ConfigPath.CONFIRM))
                .isFalse();
    }

    @Test
    void splitsACommaSeparatedListSkippingBlanks() {
        StoreConfig config = configWith(Map.of(
                ConfigPath.OPTIONAL_ZIP_COUNTRIES,
                " GB, IE,,MO ",
                "websites/base/" + ConfigPath.OPTIONAL_ZIP_COUNTRIES,
                "HK"));

        assertThat(config.list(ConfigPath.OPTIONAL_ZIP_COUNTRIES)).containsExactly("GB", "IE", "MO");
        assertThat(config.list(ConfigPath.OPTIONAL_ZIP_COUNTRIES, BASE)).containsExactly("HK");
        assertThat(nothingConfigured.list(ConfigPath.REDIRECT_ALLOWED_ORIGINS)).isEmpty();
        assertThat(nothingConfigured.list(ConfigPath.OPTIONAL_ZIP_COUNTRIES))
                .containsExactly("HK", "IE", "MO", "PA", "GB");
    }

    @Test
    void refusesANumberSettingThatIsNotAWholeNumber() {
        StoreConfig config = configWith(Map.of(ConfigPath.MINIMUM_PASSWORD_LENGTH, "eight"));

        assertThatIllegalStateException()
                .isThrownBy(() -> config.intValue(ConfigPath.MINIMUM_PASSWORD_LENGTH))
                .withMessageContaining(ConfigPath.MINIMUM_PASSWORD_LENGTH);
    }
}
