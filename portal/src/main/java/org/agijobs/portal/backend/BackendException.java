package org.agijobs.portal.backend;

/** A failed backend call, with a message fit to show to the user as it is. */
public class BackendException extends RuntimeException {

    public BackendException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public BackendException(String userMessage) {
        super(userMessage);
    }
}
