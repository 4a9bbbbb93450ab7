package org.agijobs.e2e.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/** What an agent needs before it may apply, done through the API whatever an earlier run on this platform left. */
public final class AgentReadiness {

    private AgentReadiness() {
    }

    /** The current terms acknowledged and at least the minimum agent stake bonded. */
    public static void readyToApply(GraphQlCall agent) {
        JsonNode standing = agent.data("agentStanding", Map.of());
        int terms = standing.path("currentTermsVersion").asInt();
        if (standing.path("me").path("participant").path("policyVersionAcknowledged").asInt() < terms) {
            agent.mutate("acknowledgeTerms", "acknowledgeTerms", Map.of("version", terms));
        }
        JsonNode agentStake = StreamSupport.stream(standing.path("myStakes").spliterator(), false)
                .filter(stake -> stake.path("role").asString().equals("AGENT")).findFirst().orElse(null);
        BigDecimal bonded = agentStake == null ? BigDecimal.ZERO : new BigDecimal(agentStake.path("bonded").asString());
        BigDecimal minimum = agentStake == null ? new BigDecimal("100")
                : new BigDecimal(agentStake.path("minimum").asString());
        if (bonded.compareTo(minimum) < 0) {
            agent.mutate("depositAgentStake", "depositStake", Map.of("amount", minimum.subtract(bonded).toPlainString()));
        }
    }

    /** The id of the open job with this title, as the agent's API sees it. */
    public static String openJobTitled(GraphQlCall caller, String title) {
        JsonNode edges = caller.data("openJobs", Map.of()).path("jobs").path("edges");
        return StreamSupport.stream(edges.spliterator(), false).map(edge -> edge.path("node"))
                .filter(job -> job.path("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No open job titled " + title + " in " + edges))
                .path("id").asString();
    }
}
