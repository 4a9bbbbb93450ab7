package org.agijobs.platform.errors;

/** One entry of a mutation payload's {@code userErrors}. */
public record UserError(String field, ErrorCode code, String message) {

    public static UserError of(DomainException e) {
        return new UserError(e.field(), e.code(), e.getMessage());
    }
}
