package org.agijobs.platform.errors;

/**
 * An expected refusal of a command: the request is wrong, not the server. Services throw it before changing
 * anything (or inside the transaction, which then rolls back); mutations turn it into a {@code userErrors}
 * entry of their payload.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public DomainException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault, as a path like {@code input.reward}; null when the request as a whole is. */
    public String field() {
        return field;
    }
}
