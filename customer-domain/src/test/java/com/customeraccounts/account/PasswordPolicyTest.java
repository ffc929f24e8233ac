package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String TOO_LONG = "Please enter a password with at most %1 characters.";
    private static final String TOO_SHORT =
            "The password needs at least %1 characters. Create a new password and try again.";
    private static final String SPACES =
            "The password can't begin or end with a space. Verify the password and try again.";
    private static final String CLASSES = "Minimum of different classes of characters in password is %1. "
            + "Classes of characters: Lower Case, Upper Case, Digits, Special Characters.";
    private static final String SAME_AS_EMAIL =
            "The password can't be the same as the email address. Create a new password and try again.";

    /** U+1F600: one character, two UTF-16 code units, four UTF-8 bytes. */
    private static final String EMOJI = "\uD83D\uDE00";

    private final PasswordPolicy magentoDefaults = new PasswordPolicy(new StoreConfig(key -> Optional.empty()));

    private static PasswordPolicy withConfig(Map<String, String> values) {
        return new PasswordPolicy(new StoreConfig(key -> Optional.ofNullable(values.get(key))));
    }

    private static Phrase rejectionOf(PasswordPolicy policy, String password) {
        InputException e = catchThrowableOfType(InputException.class, () -> policy.checkStrength(password));
        assertThat(e).as("password %s should be rejected", password).isNotNull();
        assertThat(e.errors()).isEmpty();
        assertThat(e.getMessage()).isEqualTo(e.phrase().template());
        return e.phrase();
    }

    @Test
    void acceptsAPasswordThatMeetsEveryDefaultRule() {
        assertThatCode(() -> magentoDefaults.checkStrength("Secret123")).doesNotThrowAnyException();
        assertThatCode(() -> magentoDefaults.checkStrength("secret-123")).doesNotThrowAnyException();
        assertThatCode(() -> magentoDefaults.checkStrength("Pass word1")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAPasswordLongerThan256CharactersWithTheLimitAsAnIntegerParameter() {
        String password = "Aa1" + "x".repeat(254);

        assertThat(password).hasSize(257);
        assertThat(rejectionOf(magentoDefaults, password)).isEqualTo(Phrase.of(TOO_LONG, Parameters.positional(256)));
    }

    @Test
    void acceptsAPasswordOfExactly256Characters() {
        String password = "Aa1" + "x".repeat(253);

        assertThat(password).hasSize(256);
        assertThatCode(() -> magentoDefaults.checkStrength(password)).doesNotThrowAnyException();
    }

    @Test
    void countsTheLengthInCharactersNotInUtf16UnitsOrBytes() {
        String exactly256 = "Aa1" + EMOJI.repeat(253);
        String exactly257 = "Aa1" + EMOJI.repeat(254);

        assertThat(exactly256.length()).isEqualTo(3 + 2 * 253);
        assertThatCode(() -> magentoDefaults.checkStrength(exactly256)).doesNotThrowAnyException();
        assertThat(rejectionOf(magentoDefaults, exactly257)).isEqualTo(Phrase.of(TOO_LONG, Parameters.positional(256)));
    }

    @Test
    void countsAMultibyteCharacterAsOneTowardsTheMinimumLength() {
        assertThat(rejectionOf(magentoDefaults, "Aa1" + "é".repeat(4)))
                .isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("8")));
        assertThatCode(() -> magentoDefaults.checkStrength("Aa1" + "é".repeat(5)))
                .doesNotThrowAnyException();
        assertThatCode(() -> magentoDefaults.checkStrength("Aa1" + EMOJI.repeat(5)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAPasswordShorterThanTheMagentoDefaultMinimumWithTheConfigValueAsAStringParameter() {
        assertThat(rejectionOf(magentoDefaults, "Abc1234")).isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("8")));
    }

    @Test
    void rejectsAPasswordShorterThanTheConfiguredMinimum() {
        PasswordPolicy policy = withConfig(Map.of(ConfigPath.MINIMUM_PASSWORD_LENGTH, "12"));

        assertThat(rejectionOf(policy, "Secret12345")).isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("12")));
        assertThatCode(() -> policy.checkStrength("Secret123456")).doesNotThrowAnyException();
    }

    @Test
    void rejectsTheEmptyPasswordAsTooShort() {
        assertThat(rejectionOf(magentoDefaults, "")).isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("8")));
    }

    @Test
    void rejectsAPasswordThatStartsWithASpace() {
        assertThat(rejectionOf(magentoDefaults, " Secret123")).isEqualTo(Phrase.of(SPACES));
    }

    @Test
    void rejectsAPasswordThatEndsWithASpace() {
        assertThat(rejectionOf(magentoDefaults, "Secret123 ")).isEqualTo(Phrase.of(SPACES));
    }

    @Test
    void rejectsAPasswordThatStartsOrEndsWithATabOrANewline() {
        assertThat(rejectionOf(magentoDefaults, "\tSecret123")).isEqualTo(Phrase.of(SPACES));
        assertThat(rejectionOf(magentoDefaults, "Secret123\t")).isEqualTo(Phrase.of(SPACES));
        assertThat(rejectionOf(magentoDefaults, "Secret123\n")).isEqualTo(Phrase.of(SPACES));
        assertThat(rejectionOf(magentoDefaults, "\rSecret123")).isEqualTo(Phrase.of(SPACES));
    }

    @Test
    void rejectsAPasswordWithFewerCharacterClassesThanRequiredWithTheConfigValueAsAStringParameter() {
        Phrase expected = Phrase.of(CLASSES, Parameters.positional("3"));

        assertThat(rejectionOf(magentoDefaults, "abcdefgh")).isEqualTo(expected);
        assertThat(rejectionOf(magentoDefaults, "abcdefg1")).isEqualTo(expected);
        assertThat(rejectionOf(magentoDefaults, "ABCDEFG!")).isEqualTo(expected);
    }

    @Test
    void countsNonAsciiLettersAsSpecialCharacters() {
        assertThatCode(() -> magentoDefaults.checkStrength("abcdefgé1")).doesNotThrowAnyException();
        assertThat(rejectionOf(magentoDefaults, "ÉÀÜÖÄËÏÔ")).isEqualTo(Phrase.of(CLASSES, Parameters.positional("3")));
    }

    @Test
    void usesTheConfiguredNumberOfCharacterClasses() {
        PasswordPolicy policy = withConfig(Map.of(ConfigPath.REQUIRED_CHARACTER_CLASSES, "4"));

        assertThat(rejectionOf(policy, "Secret123")).isEqualTo(Phrase.of(CLASSES, Parameters.positional("4")));
        assertThatCode(() -> policy.checkStrength("Secret12!")).doesNotThrowAnyException();
    }

    @Test
    void reportsTheTooLongRuleBeforeTheSpaceAndClassRules() {
        assertThat(rejectionOf(magentoDefaults, " " + "a".repeat(256)))
                .isEqualTo(Phrase.of(TOO_LONG, Parameters.positional(256)));
    }

    @Test
    void reportsTheTooShortRuleBeforeTheSpaceAndClassRules() {
        assertThat(rejectionOf(magentoDefaults, " abc")).isEqualTo(Phrase.of(TOO_SHORT, Parameters.positional("8")));
    }

    @Test
    void reportsTheSpaceRuleBeforeTheClassRule() {
        assertThat(rejectionOf(magentoDefaults, " abcdefgh")).isEqualTo(Phrase.of(SPACES));
    }

    @Test
    void rejectsAPasswordEqualToTheEmailIgnoringCase() {
        InputException e = catchThrowableOfType(
                InputException.class,
                () -> magentoDefaults.checkNotSameAsEmail("John.Doe@Example.com", "john.doe@example.COM"));

        assertThat(e).isNotNull();
        assertThat(e.phrase()).isEqualTo(Phrase.of(SAME_AS_EMAIL));
        assertThat(e.getMessage()).isEqualTo(SAME_AS_EMAIL);
    }

    @Test
    void acceptsAPasswordThatDiffersFromTheEmailOrWhenThereIsNoEmail() {
        assertThatCode(() -> magentoDefaults.checkNotSameAsEmail("Secret123", "john@example.com"))
                .doesNotThrowAnyException();
        assertThatCode(() -> magentoDefaults.checkNotSameAsEmail("john@example.com1", "john@example.com"))
                .doesNotThrowAnyException();
        assertThatCode(() -> magentoDefaults.checkNotSameAsEmail("Secret123", null))
                .doesNotThrowAnyException();
    }
}
