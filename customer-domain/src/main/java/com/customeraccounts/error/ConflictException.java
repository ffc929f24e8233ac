package com.customeraccounts.error;

/**
 * A request that cannot be done in the state it meets, though nothing in it is malformed: not one of
 * Magento's failures (Magento has none of the features that raise it), each kind with its own status.
 */
public final class ConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** What the request ran into. */
    public enum Kind {
        /** The first request with the same idempotency key has not finished yet. */
        STILL_RUNNING,
        /** The idempotency key was used before for a request with another body. */
        KEY_REUSED,
        /** The resource changed since the caller read it ({@code If-Match} no longer matches). */
        STALE
    }

    private final Kind kind;

    private ConflictException(Kind kind, Phrase phrase) {
        super(phrase);
        this.kind = kind;
    }

    public static ConflictException stillRunning() {
        return new ConflictException(
                Kind.STILL_RUNNING,
                Phrase.of("The request with this Idempotency-Key is still being processed. Try again later."));
    }

    public static ConflictException keyReused() {
        return new ConflictException(
                Kind.KEY_REUSED,
                Phrase.of(
                        "This Idempotency-Key was already used for another request. Use a new key for a new request."));
    }

    public static ConflictException stale() {
        return new ConflictException(
                Kind.STALE,
                Phrase.of("The customer was changed since it was read. Read it again and retry the change."));
    }

    public Kind kind() {
        return kind;
    }
}
