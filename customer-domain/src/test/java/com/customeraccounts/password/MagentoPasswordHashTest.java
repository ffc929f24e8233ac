package com.customeraccounts.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hashes as Magento stores them. The first two are published (migration.md §1.3); the others were made with
 * PHP 8 and libsodium 1.0.18 the way Magento's {@code Encryptor} makes each version, chained as
 * {@code isValidHash} applies them, for the password {@code Magento-Passw0rd}: {@code magento-hashes.php}
 * beside this test's resources.
 */
class MagentoPasswordHashTest {

    private static final String PASSWORD = "Magento-Passw0rd";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Password@|ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864",
                "Password@2022|abf1de8d537a1270237b9b56c8db9c67aeece6d89639a64d5ffd7264262541ab:PNK7gwTSnTc9L8AXZEvgZQ4SA66qirus:3_32_2_67108864",
                "Magento-Passw0rd|f2b3ed3d33e85fb25256830a1d390526:ab:0",
                "Magento-Passw0rd|47cfcd2a4357579ae3c36c9544936891d920c2dbdfd8a06594e82f329bffb75d:QHyyWj5WUF0IQy6a:1",
                "Magento-Passw0rd|e4a70d8c02b59c8dcf31e94d5d22c83dca66ead0d1ef2965f344f1a21744ba7a:kJ6lPqQzY3oA0LAw:2",
                "Magento-Passw0rd|69173f2962a0a9f601dadb883733cecbd2a783f21b1aac3db5febc56d0fd92c2:kJ6lPqQzY3oA0LAw:2",
                "Magento-Passw0rd|7c15e28cb4accb2aec321258885afc505b51b646bb30607b09f587c961ddf606:xy:0:1",
                "Magento-Passw0rd|79556fb3186cfdef9ba55297b9bfbc93400468545ea6edc09e490957707ab996:8qnyO4H1OYIfGCUb:1:2",
                "Magento-Passw0rd|2ca1112db664cbfd9479969d3f2e7dc2de1acdea85cf75edb9e5ea12996fd48c:Zq3:1:3",
                "Magento-Passw0rd|9ea1761c961e8923268566396aeb9341119ba68d26dd17736a2ef58f0e5446b05ba20961b96357b310e8470ce3753b31291c8a8dedec5359672509f6fdc05c45:abcdefghijklmnopqrstuvwxyz012345:3_64_2_67108864",
                "Magento-Passw0rd|$2y$04$lk/3izURPRO/EdeLZFuqLeF2I/3oNPk7Wd6XSJJn4KxhUcrAmLDAa",
                "Magento-Passw0rd|$2y$04$lk/3izURPRO/EdeLZFuqLeF2I/3oNPk7Wd6XSJJn4KxhUcrAmLDAa:0"
            })
    void acceptsTheRightPasswordAndNoOther(String password, String stored) {
        assertThat(MagentoPasswordHash.isOne(stored)).isTrue();
        assertThat(MagentoPasswordHash.matches(password, stored)).isTrue();
        assertThat(MagentoPasswordHash.matches(password + "x", stored)).isFalse();
    }

    @Test
    void neverMatchesWhatMagentoCouldOnlyCheckWithItsOwnKeyOrWhatWouldCostMoreThanMagentosDefault() {
        assertThat(MagentoPasswordHash.matches(PASSWORD, "f2b3ed3d33e85fb25256830a1d390526:ab"))
                .isFalse();
        assertThat(
                        MagentoPasswordHash.matches(
                                PASSWORD,
                                "e4a70d8c02b59c8dcf31e94d5d22c83dca66ead0d1ef2965f344f1a21744ba7a:kJ6lPqQzY3oA0LAw:3_32_2_1073741824"))
                .isFalse();
        assertThat(MagentoPasswordHash.matches(PASSWORD, "x:y:3_32_99_67108864"))
                .isFalse();
        assertThat(MagentoPasswordHash.matches(PASSWORD, "x:y:9")).isFalse();
        assertThat(MagentoPasswordHash.matches(
                        PASSWORD, "$2y$31$lk/3izURPRO/EdeLZFuqLeF2I/3oNPk7Wd6XSJJn4KxhUcrAmLDAa"))
                .isFalse();
    }

    @Test
    void padsAShortSaltByRepeatingItAsPhpsStrPadDoes() {
        assertThat(new String(MagentoPasswordHash.sixteenBytes("ab"))).isEqualTo("abababababababab");
        assertThat(new String(MagentoPasswordHash.sixteenBytes("5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg")))
                .isEqualTo("5PiKJRn28bBKoFMo");
    }

    @Test
    void upgradesAMagentoHashToThisServicesOwnOnceThePasswordMatches() {
        PasswordHasher hasher = new PasswordHasher(4);
        String magento = "47cfcd2a4357579ae3c36c9544936891d920c2dbdfd8a06594e82f329bffb75d:QHyyWj5WUF0IQy6a:1";
        String own = hasher.hash(PASSWORD);

        assertThat(hasher.matches(PASSWORD, magento)).isTrue();
        assertThat(hasher.needsUpgrade(magento)).isTrue();
        assertThat(hasher.needsUpgrade(own)).isFalse();
        assertThat(hasher.matches(PASSWORD, own)).isTrue();
    }
}
