package org.agijobs.governance.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agijobs.governance.*}: the initial council, as the realm's owner users (token subject and username).
 * It seeds the council once, when the table is empty; from then on only executed proposals change it. The
 * timelock floor ({@code agijobs.governance.timelock-floor}) is read by the parameter registry.
 */
@ConfigurationProperties("agijobs.governance")
record GovernanceProperties(@DefaultValue List<InitialMember> initialCouncil) {

    /** One owner of the realm: its user id (the token's {@code sub}) and username. */
    record InitialMember(String subject, String username) {
    }
}
