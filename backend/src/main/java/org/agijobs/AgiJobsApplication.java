package org.agijobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The AGI Jobs backend: the public GraphQL API that the portal and third parties share. */
@SpringBootApplication
public class AgiJobsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgiJobsApplication.class, args);
    }
}
