package org.agijobs.demo;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.agijobs.platform.security.Caller;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Runs a step as a demo user would be seen by the services: authenticated with a token of the user's subject,
 * name and role, as the resource server would have made it from a real access token. The token is never sent
 * anywhere; it only satisfies the same method security a request meets.
 */
final class SignedIn {

    private SignedIn() {
    }

    static <T> T as(DemoUser user, Clock clock, Supplier<T> step) {
        Caller caller = user.caller();
        Jwt jwt = Jwt.withTokenValue("demo-market").header("alg", "none").subject(caller.subject())
                .claim("preferred_username", caller.preferredUsername()).claim("name", caller.displayName())
                .issuedAt(clock.instant()).build();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new JwtAuthenticationToken(jwt,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void run(DemoUser user, Clock clock, Runnable step) {
        as(user, clock, () -> {
            step.run();
            return null;
        });
    }
}
