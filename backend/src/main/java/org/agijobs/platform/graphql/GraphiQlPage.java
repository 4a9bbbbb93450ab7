package org.agijobs.platform.graphql;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL for developers, dev profile only. Spring's own page loads its scripts from a CDN; this one
 * takes them from WebJars in the jar, so it works on a machine without internet access.
 */
@Controller
@Profile("dev")
class GraphiQlPage {

    private static final Resource PAGE = new ClassPathResource("graphiql-offline/index.html");

    @GetMapping({"/graphiql", "/graphiql/"})
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
    }
}
