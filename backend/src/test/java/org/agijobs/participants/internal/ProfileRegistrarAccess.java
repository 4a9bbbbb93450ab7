package org.agijobs.participants.internal;

/** Opens the registrar's pure handle rules to tests in other packages. */
public final class ProfileRegistrarAccess {

    private ProfileRegistrarAccess() {
    }

    public static String handleFrom(String preferredUsername) {
        return ProfileRegistrar.handleFrom(preferredUsername);
    }

    public static String withSuffix(String base, int number) {
        return ProfileRegistrar.withSuffix(base, number);
    }
}
