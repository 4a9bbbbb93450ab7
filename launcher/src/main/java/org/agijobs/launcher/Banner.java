package org.agijobs.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/** What a developer needs once the platform is up: where everything is, who to log in as, a first API call. */
final class Banner {

    static final String DEMO_PASSWORD = "demo";
    static final String[][] DEMO_USERS = {
            {"olivia.owner", "owner"},
            {"emma.employer", "employer"},
            {"ada.agent", "agent"},
            {"victor.validator", "validator"},
            {"mona.moderator", "moderator"},
            {"gary.guardian", "guardian"},
            {"ian.integrator", "integrator"},
    };

    private final PrintStream out;

    Banner(PrintStream out) {
        this.out = out;
    }

    void print(URI issuer, Duration took) {
        out.println();
        out.println("  Portal     " + PlatformLauncher.PORTAL);
        out.println("  GraphQL    " + PlatformLauncher.BACKEND + "/graphql   (GraphiQL: " + PlatformLauncher.BACKEND + "/graphiql)");
        out.println("  Keycloak   " + issuer.resolve("/") + "   (admin console: admin / admin)");
        out.println();
        out.println("  Demo logins (password '" + DEMO_PASSWORD + "' for each):");
        for (String[] user : DEMO_USERS) {
            out.printf("    %-18s %s%n", user[0], user[1]);
        }
        out.println();
        out.println("  A third-party call (client credentials of third-party-demo):");
        out.println("    TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=third-party-demo \\");
        out.println("      -d client_secret=third-party-demo-secret " + issuer + "/protocol/openid-connect/token \\");
        out.println("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        out.println("      -d '{\"query\":\"{ me { roles participant { handle } } }\"}' " + PlatformLauncher.BACKEND + "/graphql");
        out.println();
        out.println("  Started in " + took.toSeconds() + " s. Ctrl-C stops everything.");
        out.println();
    }
}
