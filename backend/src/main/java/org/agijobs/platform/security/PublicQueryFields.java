package org.agijobs.platform.security;

import java.util.Set;

/**
 * Root {@code Query} fields that anyone may call without a token. A module that has one declares it as a bean;
 * an anonymous GraphQL request that selects anything else stays HTTP 401 ({@link PublicQueryGate}).
 */
@FunctionalInterface
public interface PublicQueryFields {

    Set<String> names();
}
