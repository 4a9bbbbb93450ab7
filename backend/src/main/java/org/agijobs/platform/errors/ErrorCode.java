package org.agijobs.platform.errors;

/**
 * The codes of {@code userErrors[].code}: a closed set that clients can switch on. Each names what was wrong
 * with the request, never how the server failed.
 */
public enum ErrorCode {
    /** No object with that id, or not one the caller may see. */
    NOT_FOUND,
    /** A field is missing, malformed, too long, out of range or over-precise. */
    INVALID_INPUT,
    /** The object is not in a state that allows this command. */
    INVALID_STATE,
    /** The caller's roles do not allow this command. */
    FORBIDDEN,
    /** The paying account's balance (or free stake) is too small. */
    INSUFFICIENT_FUNDS,
    /** A deadline in the past or beyond the allowed maximum. */
    INVALID_DEADLINE,
    /** The caller has not acknowledged the current terms version. */
    POLICY_NOT_ACKNOWLEDGED,
    /** The caller is blacklisted. */
    BLACKLISTED,
    /** The platform is paused at a level that stops this command. */
    PAUSED,
    /** The caller is not eligible (skills, agent type, stake, reputation, load, preferred agent). */
    NOT_ELIGIBLE,
    /** The idempotency key was used before by the caller for a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** A limit was reached (active jobs, maximum stake, ...). */
    LIMIT_REACHED,
    /** A resource budget is larger than what the platform has available now. */
    RESOURCE_UNAVAILABLE
}
