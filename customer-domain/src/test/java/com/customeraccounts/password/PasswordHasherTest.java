package com.customeraccounts.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void matchesThePasswordItHashed() {
        String hash = hasher.hash("Secret123");

        assertThat(hasher.matches("Secret123", hash)).isTrue();
    }

    @Test
    void checksAMissingHashAgainstADecoyAtTheSameCostAndNeverMatches() {
        assertThat(hasher.decoyHash()).startsWith("$2a$04$").isEqualTo(hasher.decoyHash());
        assertThat(hasher.matches("Secret123", null)).isFalse();
    }

    @Test
    void doesNotMatchADifferentPassword() {
        String hash = hasher.hash("Secret123");

        assertThat(hasher.matches("secret123", hash)).isFalse();
        assertThat(hasher.matches("Secret1234", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void makesEveryCharacterOfALongPasswordCountBeyondBcrypts72Bytes() {
        String password = "Aa1" + "x".repeat(97);
        String differsAtCharacter90 = password.substring(0, 89) + "y" + password.substring(90);

        assertThat(password).hasSize(100);
        assertThat(differsAtCharacter90).hasSize(100).isNotEqualTo(password);
        assertThat(differsAtCharacter90.substring(0, 89)).isEqualTo(password.substring(0, 89));

        String hash = hasher.hash(password);
        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(differsAtCharacter90, hash)).isFalse();
    }

    @Test
    void makesTheLastOf256CharactersCount() {
        String password = "Aa1" + "z".repeat(253);
        String otherEnding = password.substring(0, 255) + "q";

        String hash = hasher.hash(password);
        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(otherEnding, hash)).isFalse();
    }

    @Test
    void matchesAPasswordWithMultibyteCharacters() {
        String password = "Pässwörd-😀-日本語";
        String hash = hasher.hash(password);

        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches("Passwort-😀-日本語", hash)).isFalse();
    }

    @Test
    void returnsFalseForAMalformedHashInsteadOfFailing() {
        assertThat(hasher.matches("Secret123", "not-a-hash")).isFalse();
        assertThat(hasher.matches("Secret123", "$2y$04$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches("Secret123", "$2a$xx$abcdefghijklmnopqrstuvabcdefghijklmnopqrstuvwxyz012"))
                .isFalse();
    }

    @Test
    void returnsFalseWhenThePasswordOrTheHashIsAbsent() {
        assertThat(hasher.matches(null, hasher.hash("Secret123"))).isFalse();
        assertThat(hasher.matches("Secret123", null)).isFalse();
    }

    @Test
    void neverProducesAHashEqualToOrContainingThePassword() {
        String password = "Secret123";
        String hash = hasher.hash(password);

        assertThat(hash).isNotEqualTo(password).doesNotContain(password);
        assertThat(hash).startsWith("$2a$04$").hasSize(60);
    }

    @Test
    void saltsEachHashSoTheSamePasswordHashesDifferently() {
        String first = hasher.hash("Secret123");
        String second = hasher.hash("Secret123");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("Secret123", first)).isTrue();
        assertThat(hasher.matches("Secret123", second)).isTrue();
    }

    @Test
    void refusesACostOutsideBcryptsRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(3));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(32));
    }

    @Test
    void returnsFalseForAnEmptyOrTruncatedHashInsteadOfFailing() {
        String truncated = hasher.hash("Secret123").substring(0, 20);
        assertThat(hasher.matches("Secret123", "")).isFalse();
        assertThat(hasher.matches("Secret123", truncated)).isFalse();
    }
}
