package org.agijobs.portal.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-ws server on embedded Tomcat that speaks just enough of the protocol: it acknowledges a connection
 * whose {@code connection_init} payload carries an acceptable bearer token (else closes with 4401, as the protocol
 * says),
 * answers a subscription with two ticks and completes it.
 */
final class GraphQlWsStub extends Endpoint {

    static final List<String> TICKS = List.of("2026-11-23T18:00:00Z", "2026-11-23T18:00:01Z");

    /** A token the stub treats as expired or revoked. */
    static final String REFUSED_TOKEN = "revoked";

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Map<String, Object>> initPayloads = new CopyOnWriteArrayList<>();
    private final List<String> requestedUris = new CopyOnWriteArrayList<>();
    private final AtomicInteger openSessions = new AtomicInteger();
    private final List<Map<String, Object>> subscribeVariables = new CopyOnWriteArrayList<>();
    private final Tomcat tomcat = new Tomcat();

    int start() throws LifecycleException, IOException {
        Path baseDir = Files.createTempDirectory("graphql-ws-stub");
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", baseDir.toString());
        context.addServletContainerInitializer(new WsSci(), null);
        // Initializers run in the order added: WsSci has created the container by the time this one runs.
        context.addServletContainerInitializer((classes, servletContext) ->
                register((ServerContainer) servletContext.getAttribute(ServerContainer.class.getName())), null);
        // Tomcat only runs filters (WsFilter does the upgrade) for requests mapped to some servlet.
        Tomcat.addServlet(context, "nothing", new HttpServlet() {
        });
        context.addServletMappingDecoded("/", "nothing");
        tomcat.getConnector();
        tomcat.start();
        return tomcat.getConnector().getLocalPort();
    }

    void stop() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    List<Map<String, Object>> initPayloads() {
        return initPayloads;
    }

    List<String> requestedUris() {
        return requestedUris;
    }

    /** The variables of every subscribe message, in the order they came. */
    List<Map<String, Object>> subscribeVariables() {
        return subscribeVariables;
    }

    /** How many WebSockets are open now. */
    int openSessions() {
        return openSessions.get();
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        openSessions.decrementAndGet();
    }

    private void register(ServerContainer container) {
        GraphQlWsStub stub = this;
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GraphQlWsStub.class, "/graphql")
                .subprotocols(List.of("graphql-transport-ws"))
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(stub);
                    }
                })
                .build();
        try {
            container.addEndpoint(config);
        } catch (jakarta.websocket.DeploymentException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        requestedUris.add(session.getRequestURI().toString());
        openSessions.incrementAndGet();
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> handle(session, message));
    }

    @SuppressWarnings("unchecked")
    private void handle(Session session, String message) {
        JsonNode frame = json.readTree(message);
        try {
            switch (frame.path("type").asString()) {
                case "connection_init" -> {
                    Map<String, Object> payload = json.convertValue(frame.path("payload"), Map.class);
                    initPayloads.add(payload);
                    String authorization = String.valueOf(payload.get("Authorization"));
                    if (authorization.matches("Bearer \\S+") && !authorization.endsWith(REFUSED_TOKEN)) {
                        send(session, Map.of("type", "connection_ack"));
                    } else {
                        session.close(new CloseReason(() -> 4401, "Unauthorized"));
                    }
                }
                case "subscribe" -> {
                    String id = frame.path("id").asString();
                    for (String tick : TICKS) {
                        send(session, Map.of("id", id, "type", "next",
                                "payload", Map.of("data", Map.of("serverTime", tick))));
                    }
                    JsonNode variables = frame.path("payload").path("variables");
                    subscribeVariables.add(json.convertValue(variables, Map.class));
                    // A first subscription asked to be dropped ({"drop": true}) loses its connection after the ticks,
                    // as when a backend instance goes away; its resumption (with "after") completes normally.
                    if (variables.path("drop").asBoolean() && variables.path("after").isMissingNode()) {
                        session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "instance gone"));
                        return;
                    }
                    // A subscription asked to stay open ({"held": true}) ends only when the client completes it.
                    if (!variables.path("held").asBoolean()) {
                        send(session, Map.of("id", id, "type", "complete"));
                    }
                }
                default -> {
                    // "complete" from the client and pings need no answer here.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(Session session, Map<String, Object> frame) throws IOException {
        session.getBasicRemote().sendText(json.writeValueAsString(frame));
    }
}
