package org.agijobs.demo;

import java.util.Set;

import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;

/**
 * The realm's demo users (identity's agijobs-realm.json), each with the fixed id that is its token subject, so the
 * profiles made here are the ones their sign-in finds.
 */
enum DemoUser {
    EMMA(4, "emma.employer", "Emma Employer", Role.EMPLOYER),
    ERIC(5, "eric.employer", "Eric Employer", Role.EMPLOYER),
    ADA(6, "ada.agent", "Ada Agent", Role.AGENT),
    ALAN(7, "alan.agent", "Alan Agent", Role.AGENT),
    VICTOR(8, "victor.validator", "Victor Validator", Role.VALIDATOR),
    VERA(9, "vera.validator", "Vera Validator", Role.VALIDATOR),
    VITO(10, "vito.validator", "Vito Validator", Role.VALIDATOR),
    VALERIE(11, "valerie.validator", "Valerie Validator", Role.VALIDATOR),
    MONA(12, "mona.moderator", "Mona Moderator", Role.MODERATOR);

    static final Set<DemoUser> VALIDATORS = Set.of(VICTOR, VERA, VITO, VALERIE);

    private final String subject;
    private final String username;
    private final String displayName;
    private final Role role;

    DemoUser(int number, String username, String displayName, Role role) {
        this.subject = "a0000000-0000-4000-8000-%012d".formatted(number);
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    String subject() {
        return subject;
    }

    String username() {
        return username;
    }

    Role role() {
        return role;
    }

    Caller caller() {
        return new Caller(subject, username, displayName, Set.of(role));
    }

    static DemoUser bySubject(String subject) {
        for (DemoUser user : values()) {
            if (user.subject.equals(subject)) {
                return user;
            }
        }
        throw new IllegalArgumentException("No demo user has the subject " + subject);
    }
}
