package com.customeraccounts.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScriptElementTest {

    /** The check as Magento's and this service's earlier code wrote it. */
    private static final Pattern MAGENTO =
            Pattern.compile("<script[^>]*>.*?</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final List<String> PARTS = List.of(
            "<script",
            "<SCRIPT",
            "<Script src=x",
            ">",
            "</script",
            "</SCRIPT",
            " ",
            "\t",
            "\n",
            "\u000B",
            "\u00A0",
            "<",
            "/",
            "a",
            "alert(1)",
            "script",
            "ſcript");

    @Test
    void findsWhatTheRegexFinds() {
        Random random = new Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PARTS.get(random.nextInt(PARTS.size())));
            }
            assertThat(ScriptElement.in(text.toString()))
                    .as(text.toString())
                    .isEqualTo(MAGENTO.matcher(text).find());
        }
    }

    @Test
    void findsRealScripts() {
        assertThat(ScriptElement.in("Jane<script>alert(1)</script>")).isTrue();
        assertThat(ScriptElement.in("<SCRIPT type=\"text/javascript\">x</script >"))
                .isTrue();
        assertThat(ScriptElement.in("<script>\nx\n</script\n>")).isTrue();
    }

    @Test
    void leavesTextWithoutAWholeElement() {
        assertThat(ScriptElement.in("<script>alert(1)")).isFalse();
        assertThat(ScriptElement.in("</script><script>")).isFalse();
        assertThat(ScriptElement.in("<script")).isFalse();
    }

    @Test
    void answersHalfAMebibyteOfOpeningTagsInLinearTime() {
        String hostile = "<script>".repeat(65_536) + "</script".repeat(8_192);
        // a guard far above the real cost (milliseconds); the regex took minutes on this input
        boolean found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScriptElement.in(hostile));
        assertThat(found).isFalse();
    }
}
