package org.agijobs.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agijobs.jobs.AgentTypesAllowed;
import org.agijobs.jobs.NewJob;
import org.agijobs.platform.money.Money;
import org.junit.jupiter.api.Test;

class MermaidFlowchartTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void drawsOneNodePerJobAndAnEdgeFromEachParentToItsChildren() {
        Job root = job("Build a website", null);
        Job design = job("Design", root.getId());
        Job copy = job("Write copy", root.getId());
        Job logo = job("Logo", design.getId());
        root.assign(UUID.randomUUID(), Money.of(1), java.time.Duration.ofDays(1), NOW);

        assertThat(MermaidFlowchart.of(List.of(root, design, logo, copy))).isEqualTo("""
                flowchart TD
                    j0["Build a website<br/>ASSIGNED"]
                    j1["Design<br/>CREATED"]
                    j2["Logo<br/>CREATED"]
                    j3["Write copy<br/>CREATED"]
                    j0 --> j1
                    j1 --> j2
                    j0 --> j3
                """);
    }

    @Test
    void escapesTitlesSoTheyCannotBreakTheSyntaxOrInjectMarkup() {
        assertThat(MermaidFlowchart.label("Say \"hi\" <script>\n & #1")).isEqualTo(
                "Say #quot;hi#quot; #lt;script#gt; #amp; #35;1");
        assertThat(MermaidFlowchart.label("x".repeat(100))).hasSize(60).endsWith("…");
    }

    private static Job job(String title, UUID parent) {
        NewJob draft = new NewJob(title, "spec", null, null, Money.of(10), NOW.plusSeconds(3600), List.of(),
                AgentTypesAllowed.ANY, null, parent, null, null);
        return Job.post(UUID.randomUUID(), UUID.randomUUID(), draft, "c".repeat(64), Money.ZERO, 0, 0, Money.ZERO, NOW);
    }
}
