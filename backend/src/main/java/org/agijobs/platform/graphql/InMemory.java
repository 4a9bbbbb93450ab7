package org.agijobs.platform.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller method that only reads its source in memory, or a value read once for every subscriber of an event
 * ({@code Delivered.shared}): it runs where
 * graphql-java calls it, not on a virtual thread of its own as every other controller method does. On a
 * subscription event delivered to a thousand subscribers, that hand-off per field and subscriber was most of the
 * cost of the fan-out.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InMemory {
}
