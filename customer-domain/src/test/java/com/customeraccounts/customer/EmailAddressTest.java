package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void keepsTheAddressExactlyAsSent() {
        assertThat(new EmailAddress("John.Doe@Example.COM").value()).isEqualTo("John.Doe@Example.COM");
    }

    @Test
    void comparesAddressesByTheirLowerCaseKey() {
        assertThat(new EmailAddress("John.Doe@Example.COM").key()).isEqualTo("john.doe@example.com");
        assertThat(new EmailAddress("john.doe@example.com").key())
                .isEqualTo(new EmailAddress("JOHN.DOE@EXAMPLE.COM").key());
        assertThat(EmailAddress.keyOf("Jane@Example.com")).isEqualTo("jane@example.com");
    }

    @Test
    void treatsAddressesDifferingOnlyInCaseAsTheSame() {
        EmailAddress email = new EmailAddress("John.Doe@Example.COM");

        assertThat(email.sameAs("john.doe@example.com")).isTrue();
        assertThat(email.sameAs("jane.doe@example.com")).isFalse();
        assertThat(email.sameAs(null)).isFalse();
    }

    @Test
    void refusesAnInvalidAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("john@localhost"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("invalid"));
    }
}
