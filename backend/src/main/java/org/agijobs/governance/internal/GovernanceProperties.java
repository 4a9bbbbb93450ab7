package org.agijobs.governance.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.agijobs.parameters.Parameter;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agijobs.governance.*}: the initial council, as the realm's owner users (token subject and username),
 * optionally the {@code TIMELOCK_DELAY} it starts with, and optionally other parameters' starting values
 * ({@code initial-parameters}, e.g. the demo profile's short windows). All are seeded once, when the council table
 * is empty; from then on only executed proposals change them. The timelock floor
 * ({@code agijobs.governance.timelock-floor}) is read by the parameter registry.
 */
@ConfigurationProperties("agijobs.governance")
record GovernanceProperties(@DefaultValue List<InitialMember> initialCouncil, @Nullable Duration initialTimelockDelay,
        @DefaultValue Map<Parameter, String> initialParameters) {

    /** One owner of the realm: its user id (the token's {@code sub}) and username. */
    record InitialMember(String subject, String username) {
    }
}
