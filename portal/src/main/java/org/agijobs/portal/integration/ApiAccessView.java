package org.agijobs.portal.integration;

import org.agijobs.portal.backend.BackendProperties;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.KeycloakProperties;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** How a third-party system reaches the API: the endpoints and the client-credentials token request. */
@Route(value = "api-access", layout = MainLayout.class)
@PageTitle("API access")
@RolesAllowed(Roles.INTEGRATOR)
public class ApiAccessView extends VerticalLayout {

    public ApiAccessView(BackendProperties backend, KeycloakProperties keycloak) {
        Paragraph explanation = new Paragraph("Systems call the same GraphQL API as this portal, with a token of "
                + "their own Keycloak client (client credentials grant). Client management will come here; "
                + "until then the realm administrator creates the client and gives it the integrator role.");
        explanation.setId("view-explanation");
        add(new ViewTitle("API access"), explanation, configureEndpoints(backend, keycloak),
                new Paragraph("1. Get a token (valid for 5 minutes):"), tokenRequest(keycloak),
                new Paragraph("2. Call the API with it; subscriptions send the same header in the graphql-ws "
                        + "connection_init payload instead:"), apiCall(backend));
    }

    private static FormLayout configureEndpoints(BackendProperties backend, KeycloakProperties keycloak) {
        FormLayout endpoints = new FormLayout();
        endpoints.addFormItem(value("graphql-endpoint", backend.graphqlUrl().toString()), "GraphQL (HTTP)");
        endpoints.addFormItem(value("graphql-ws-endpoint", backend.graphqlWsUrl().toString()),
                "Subscriptions (graphql-ws)");
        endpoints.addFormItem(value("token-endpoint", keycloak.tokenUri()), "Token endpoint");
        return endpoints;
    }

    private static Pre tokenRequest(KeycloakProperties keycloak) {
        Pre example = new Pre("curl -s -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials \\\n  "
                + keycloak.tokenUri());
        example.setId("token-request");
        return example;
    }

    private static Pre apiCall(BackendProperties backend) {
        Pre example = new Pre("curl -s -H \"Authorization: Bearer $ACCESS_TOKEN\" "
                + "-H 'Content-Type: application/json' \\\n  -d '{\"query\":\"{ me { roles } }\"}' "
                + backend.graphqlUrl());
        example.setId("api-call");
        return example;
    }

    private static Span value(String id, String text) {
        Span value = new Span(text);
        value.setId(id);
        return value;
    }
}
