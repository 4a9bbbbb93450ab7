package org.agijobs.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The platform's realm export, shipped in this jar so that the launcher and the tests import the same file. */
public final class AgiJobsRealm {

    public static final String NAME = "agijobs";
    public static final String RESOURCE = "keycloak/agijobs-realm.json";
    public static final String FILE_NAME = "agijobs-realm.json";

    private AgiJobsRealm() {
    }

    public static InputStream open() {
        InputStream stream = AgiJobsRealm.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new UncheckedIOException(new IOException("Resource " + RESOURCE + " is missing from the classpath"));
        }
        return stream;
    }

    /** Writes the realm export into {@code directory} (created if needed) and returns the file. */
    public static Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(FILE_NAME);
        try (InputStream realm = open()) {
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
