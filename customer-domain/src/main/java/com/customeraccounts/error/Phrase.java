package com.customeraccounts.error;

import java.util.Objects;

/** A Magento message: the raw template, with its parameters kept apart (never substituted on the wire). */
public record Phrase(String template, Parameters parameters) {

    public Phrase {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(parameters, "parameters");
    }

    public static Phrase of(String template) {
        return new Phrase(template, Parameters.NONE);
    }

    public static Phrase of(String template, Parameters parameters) {
        return new Phrase(template, parameters);
    }
}
