package com.customeraccounts.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input or a broken business rule (HTTP 400). Several problems found together become Magento's
 * aggregate: {@code One or more input exceptions have occurred.} with each problem under {@code errors}.
 */
public final class InputException extends ApiException {

    public static final String DEFAULT_MESSAGE = "One or more input exceptions have occurred.";
    public static final String REQUIRED_FIELD = "\"%fieldName\" is required. Enter and try again.";
    public static final String INVALID_FIELD_VALUE = "Invalid value of \"%value\" provided for the %fieldName field.";

    private final transient List<Phrase> errors;

    private InputException(Phrase phrase, List<Phrase> errors) {
        super(phrase);
        this.errors = List.copyOf(errors);
    }

    public static InputException of(Phrase phrase) {
        return new InputException(phrase, List.of());
    }

    public static InputException of(String message) {
        return of(Phrase.of(message));
    }

    public static InputException requiredField(String fieldName) {
        return of(Phrase.of(REQUIRED_FIELD, Parameters.named("fieldName", fieldName)));
    }

    public static InputException invalidFieldValue(String fieldName, Object value) {
        return of(Phrase.of(INVALID_FIELD_VALUE, Parameters.named("fieldName", fieldName, "value", value)));
    }

    /**
     * One problem is reported as itself; two or more as Magento's aggregate.
     *
     * @throws IllegalArgumentException when there is no problem at all
     */
    public static InputException aggregate(List<Phrase> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return of(problems.get(0));
        }
        return new InputException(Phrase.of(DEFAULT_MESSAGE), problems);
    }

    /** Magento's validator exception: the messages joined by a newline, without parameters. */
    public static InputException joined(List<String> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one message");
        }
        return of(String.join("\n", new ArrayList<>(new java.util.LinkedHashSet<>(messages))));
    }

    @Override
    public List<Phrase> errors() {
        return errors;
    }
}
