package org.agijobs.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One job's page, with the backend replaced by a mock of {@link JobDetails}. */
class JobDetailViewTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String JOB = "Sm9iOjE=";
    private static final String ME = "me";

    private final JobDetails details = mock(JobDetails.class);
    private final JobDetailView view = new JobDetailView(details, Clock.fixed(NOW, ZoneOffset.UTC));

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
        view.setParameter(null, JOB);
        when(details.tree(JOB)).thenReturn(new JobDetails.Tree("flowchart TD\n    j0[\"Job<br/>CREATED\"]\n",
                List.of()));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theEmployerOfAnOpenJobSeesTheRankingAndMayCancelIt() {
        show(job("CREATED", ME, null, null, null, null));
        when(details.ranking(JOB)).thenReturn(List.of(new JobDetails.Ranked(new JobDetails.Handle("ada.agent"),
                0.75, 1.0, 10, 0, "200")));

        view.refresh();

        assertThat(find("cancel-job")).isPresent();
        assertThat(find("agent-ranking-grid")).isPresent();
        assertThat(text("job-money")).isEqualTo("Reward 100 · fee 5 (5%) · escrow 105");
        assertThat(((MermaidDiagram) find("job-tree").orElseThrow()).source()).startsWith("flowchart TD");
        when(details.cancel(eq(JOB), anyString(), any())).thenReturn(List.of());
        view.cancel(UUID.randomUUID());
        verify(details).cancel(eq(JOB), eq(""), any());
    }

    @Test
    void someoneElseSeesTheJobButNeitherRankingNorCommands() {
        show(job("CREATED", "someone-else", null, null, null, null));

        view.refresh();

        assertThat(find("cancel-job")).isEmpty();
        assertThat(find("agent-ranking-grid")).isEmpty();
        verify(details, never()).ranking(anyString());
    }

    @Test
    void theCommitteeShowsCountsOnlyUntilTheReveal() {
        var committee = new JobDetails.Committee("COMMIT", 3, NOW.minusSeconds(60), NOW.plusSeconds(120),
                NOW.plusSeconds(240), null, null, null, List.of(new JobDetails.Seat(true, false),
                new JobDetails.Seat(true, false), new JobDetails.Seat(false, false)));
        show(job("VALIDATING", ME, committee, null, null, null));

        view.refresh();

        assertThat(text("committee-progress")).startsWith("Phase COMMIT · 2 of 3 committed · 0 revealed · phase ends");
    }

    @Test
    void aDeliveryWithoutACommitteeSaysSoInsteadOfCountingEmptySeats() {
        var none = new JobDetails.Committee("NO_COMMITTEE", 3, NOW.minusSeconds(60), NOW.plusSeconds(120),
                NOW.plusSeconds(240), null, null, null, List.of());
        show(job("DISPUTED", ME, none, null, null, null));

        view.refresh();

        assertThat(text("committee-progress")).startsWith("No committee: too few eligible validators");
        assertThat(find("job-timeline").orElseThrow().getChildren().map(item -> ((ListItem) item).getText()))
                .noneMatch(step -> step.contains("window"));
    }

    @Test
    void aRejectedDeliveryInItsChallengeWindowOffersTheDisputeAndItsRefusalLandsAtTheField() {
        show(job("COMPLETED", ME, null, null, null, NOW.plusSeconds(180)));
        when(details.raiseDispute(eq(JOB), anyString(), anyString(), anyString(), anyString(), any()))
                .thenReturn(List.of(new JobDetails.UserError("input.evidenceUri", "INVALID_INPUT",
                        "The evidence link must be an https URL")));
        view.refresh();

        view.raiseDispute(UUID.randomUUID());

        TextField uri = (TextField) find("evidence-uri").orElseThrow();
        assertThat(uri.isInvalid()).isTrue();
        assertThat(uri.getErrorMessage()).isEqualTo("The evidence link must be an https URL");
        assertThat(text("job-error")).contains("https URL");
    }

    @Test
    void theAgentWhoseDeliveryWasRejectedDisputesItWithEvidence() {
        show(job("COMPLETED", "emma", ME, null, null, null, NOW.plusSeconds(180)));
        when(details.raiseDispute(eq(JOB), anyString(), anyString(), anyString(), anyString(), any()))
                .thenReturn(List.of());
        view.refresh();
        assertThat(find("cancel-job")).isEmpty();

        ((TextArea) find("dispute-reason").orElseThrow()).setValue("The translation follows the brief.");
        ((TextField) find("evidence-uri").orElseThrow()).setValue("https://example.org/brief-and-result.md");
        view.raiseDispute(UUID.randomUUID());

        verify(details).raiseDispute(eq(JOB), eq("The translation follows the brief."),
                eq("https://example.org/brief-and-result.md"), eq(""), eq(""), any());
    }

    @Test
    void someoneWhoIsNeitherPartyGetsNoDisputeForm() {
        show(job("COMPLETED", "emma", "alan", null, null, null, NOW.plusSeconds(180)));

        view.refresh();

        assertThat(find("raise-dispute")).isEmpty();
    }

    @Test
    void noDisputeFormOnceTheChallengeWindowClosed() {
        show(job("COMPLETED", ME, null, null, null, NOW.minusSeconds(1)));

        view.refresh();

        assertThat(find("raise-dispute")).isEmpty();
    }

    @Test
    void aSettledJobListsEveryAmountAndItsTimelineInOrder() {
        var settlement = new JobDetails.Settlement(true, "CHALLENGE_WINDOW_CLOSED", "95", "0", "5", "5", "0", "0",
                NOW.minusSeconds(10));
        show(job("FINALIZED", ME, null, null, settlement, null));

        view.refresh();

        assertThat(find("settlement-amounts").orElseThrow().getChildren().map(item -> ((ListItem) item).getText()))
                .contains("Agent payout: 95", "Validator rewards: 5", "Fee to the pool: 5", "Slashed: 0");
        assertThat(find("job-timeline").orElseThrow().getChildren().map(item -> ((ListItem) item).getText()))
                .first().asString().endsWith("Posted; 105 held in escrow");
    }

    private void show(JobDetails.Job job) {
        when(details.detail(JOB)).thenReturn(new JobDetails.Detail(
                new JobDetails.Viewer(new JobDetails.Ref(ME), List.of("EMPLOYER")), job));
    }

    private static JobDetails.Job job(String state, String employerId, JobDetails.Committee committee,
                                      JobDetails.Dispute dispute, JobDetails.Settlement settlement,
                                      Instant challengeEndsAt) {
        return job(state, employerId, "ada", committee, dispute, settlement, challengeEndsAt);
    }

    private static JobDetails.Job job(String state, String employerId, String agentId,
                                      JobDetails.Committee committee, JobDetails.Dispute dispute,
                                      JobDetails.Settlement settlement, Instant challengeEndsAt) {
        return new JobDetails.Job(JOB, "Translate", null, null, "ab".repeat(32), state, "100", "5", 500, "105",
                NOW.plusSeconds(86_400), List.of("french"), "ANY", null, null,
                new JobDetails.Party(employerId, "emma.employer"),
                state.equals("CREATED") ? null : new JobDetails.Party(agentId, "ada.agent"), null, null,
                NOW.minusSeconds(3600),
                null, null, null, challengeEndsAt == null ? null : NOW.minusSeconds(30), challengeEndsAt, null,
                settlement == null ? null : settlement.settledAt(), null, null, null, null, null,
                challengeEndsAt == null ? null : Boolean.FALSE, null, null, committee, dispute, settlement, null);
    }

    private String text(String id) {
        return ((HasText) find(id).orElseThrow()).getText();
    }

    private Optional<Component> find(String id) {
        return MyJobsViewTest.descendants(view).filter(component -> component.getId().orElse("").equals(id))
                .findFirst();
    }
}
