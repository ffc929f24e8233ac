package com.customeraccounts.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "req-42",
                "0f8fad5b-d9cb-469f-a165-70867728950e",
                "1-5759e988:bd862e3f_x.y",
                "1234567890123456789012345678901234567890123456789012345678901234"
            })
    void keepsASaneClientId(String header) {
        assertThat(RequestId.ofOrGenerated(header).value()).isEqualTo(header);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345678901234567890123456789012345678901234567890123456789012345",
                "two words",
                "line\nbreak",
                "tab\there",
                "crlf\r\nSet-Cookie: x=1",
                "caf\u00e9",
                "quote\"d",
                "semi;colon",
                "slash/path",
                "<script>",
                "key=value",
                "\u0000"
            })
    void replacesAnythingElseByAGeneratedId(String header) {
        RequestId id = RequestId.ofOrGenerated(header);

        assertThat(id.value()).isNotEqualTo(header).matches("[0-9a-f]{16}");
        assertThat(RequestId.of(header)).isEmpty();
    }

    @Test
    void generatesAnIdWhenTheClientSentNone() {
        assertThat(RequestId.ofOrGenerated(null).value()).matches("[0-9a-f]{16}");
    }

    @Test
    void refusesAHugeHeaderWithoutReadingIt() {
        assertThat(RequestId.of("x".repeat(10_000_000))).isEmpty();
    }

    @Test
    void generatesADifferentIdEachTime() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(RequestId.generate().value());
        }
        assertThat(ids).hasSize(1000);
    }
}
