package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

    /** 255 Devanagari characters, letters and combining marks. */
    private static final String DEVANAGARI_255 = "नमस्ते".repeat(42) + "नमस";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Anne-Marie",
                "D'Artagnan",
                "O’Toole",
                "Guðmundsdóttir",
                "María José Carreño Quiñones",
                "Q. Public",
                "Elizabeth II",
                "X Æ A-12 Musk",
                "Jean_Luc",
                "Smith, Jr.",
                "Tom & Jerry",
                "De`Andre"
            })
    void acceptsNamesMagentoAccepts(String name) {
        assertThat(TextRule.NAME.accepts(name)).isTrue();
    }

    @Test
    void acceptsANameOf255DevanagariCharacters() {
        assertThat(DEVANAGARI_255.codePointCount(0, DEVANAGARI_255.length())).isEqualTo(255);
        assertThat(TextRule.NAME.accepts(DEVANAGARI_255)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jane ☺ ",
                "☏ - Doe",
                "⚐ $(date)",
                "John@Doe",
                "Jane/Doe",
                "{{var this}}",
                "<script>",
                "John\"Doe"
            })
    void rejectsNamesMagentoRejects(String name) {
        assertThat(TextRule.NAME.accepts(name)).isFalse();
    }

    @Test
    void rejectsANameOf256Letters() {
        assertThat(TextRule.NAME.accepts("a".repeat(255))).isTrue();
        assertThat(TextRule.NAME.accepts("a".repeat(256))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"☺", "$$$", "<>"})
    void rejectsANameMadeOnlyOfDisallowedCharactersUnlikeMagento(String name) {
        assertThat(TextRule.NAME.accepts(name)).isFalse();
    }

    @Test
    void leavesAbsentAndEmptyValuesToTheRequiredCheck() {
        assertThat(TextRule.NAME.accepts(null)).isTrue();
        assertThat(TextRule.NAME.accepts("")).isTrue();
        assertThat(TextRule.CITY.accepts("")).isTrue();
        assertThat(TextRule.TELEPHONE.accepts(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "St. Albans",
                "29 Palms",
                "Brighton & Hove",
                "25 de Mayo",
                "Winston-Salem/North",
                "Sainte-Anne-de-Beaupré",
                "L'Aquila",
                "Zürich",
                "Frankfurt (Oder)",
                "Washington, D.C.",
                "München"
            })
    void acceptsCitiesWithDigitsDotsAndPunctuationAsMagentoFixedIn2_4_8(String city) {
        assertThat(TextRule.CITY.accepts(city)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paris!", "Lyon?", "Nice@", "☺", "Köln <b>"})
    void rejectsCitiesWithDisallowedCharacters(String city) {
        assertThat(TextRule.CITY.accepts(city)).isFalse();
    }

    @Test
    void rejectsACityLongerThan100Characters() {
        assertThat(TextRule.CITY.accepts("a".repeat(100))).isTrue();
        assertThat(TextRule.CITY.accepts("a".repeat(101))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 (512) 555-1111", "5125551111", "+44 20 7946 0958"})
    void acceptsTelephoneNumbersOfDigitsSpacesPlusDashAndParentheses(String telephone) {
        assertThat(TextRule.TELEPHONE.accepts(telephone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "555-CALL-NOW", "555.1111", "☏"})
    void rejectsTelephoneNumbersWithOtherCharacters(String telephone) {
        assertThat(TextRule.TELEPHONE.accepts(telephone)).isFalse();
    }

    @Test
    void rejectsATelephoneNumberLongerThan20Characters() {
        assertThat(TextRule.TELEPHONE.accepts("1".repeat(20))).isTrue();
        assertThat(TextRule.TELEPHONE.accepts("1".repeat(21))).isFalse();
    }
}
