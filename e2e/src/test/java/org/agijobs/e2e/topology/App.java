package org.agijobs.e2e.topology;

import java.nio.file.Path;

/** The platform's own Spring Boot apps: each is a compose service of the same name, configured by its application.yml. */
enum App {
    BACKEND("backend"),
    PORTAL("portal");

    private final String service;

    App(String service) {
        this.service = service;
    }

    String service() {
        return service;
    }

    Path resources(Path projectRoot) {
        return projectRoot.resolve(service).resolve("src/main/resources");
    }
}
