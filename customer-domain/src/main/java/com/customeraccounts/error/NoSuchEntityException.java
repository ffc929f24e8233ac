package com.customeraccounts.error;

/** The requested entity does not exist (HTTP 404). */
public final class NoSuchEntityException extends ApiException {

    public static final String SINGLE_FIELD = "No such entity with %fieldName = %fieldValue";
    public static final String DOUBLE_FIELD =
            "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value";

    public NoSuchEntityException(Phrase phrase) {
        super(phrase);
    }

    public static NoSuchEntityException singleField(String fieldName, Object fieldValue) {
        return new NoSuchEntityException(
                Phrase.of(SINGLE_FIELD, Parameters.named("fieldName", fieldName, "fieldValue", fieldValue)));
    }

    public static NoSuchEntityException doubleField(
            String fieldName, Object fieldValue, String field2Name, Object field2Value) {
        return new NoSuchEntityException(Phrase.of(
                DOUBLE_FIELD,
                Parameters.named(
                        "fieldName",
                        fieldName,
                        "fieldValue",
                        fieldValue,
                        "field2Name",
                        field2Name,
                        "field2Value",
                        field2Value)));
    }
}
