package org.agijobs.portal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.work.AgentDesk.Assignment;
import org.agijobs.portal.work.AgentDesk.OpenJob;
import org.agijobs.portal.work.AgentDesk.Result;
import org.agijobs.portal.work.AgentDesk.UserError;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import reactor.core.publisher.Flux;

/** The agent's page with the backend replaced by a mock of {@link AgentDesk}, at a fixed instant. */
class FindWorkViewTest {

    private static final String ME = "UGFydGljaXBhbnQ6Nw==";
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final int BOARD_SIZE = 130;

    private final AgentDesk desk = mock(AgentDesk.class);
    private final AgentStake stake = mock(AgentStake.class);
    /** Held here: the current UI is kept by a weak reference only. */
    private final UI ui = new UI();
    private FindWorkView view;

    @BeforeEach
    void view() {
        UI.setCurrent(ui);
        when(desk.me()).thenReturn(new AgentDesk.Agent(ME, "ada", List.of("python", "vision")));
        when(desk.terms()).thenReturn(terms(2, 2));
        when(desk.matchingJobs(any(), anyInt())).thenAnswer(call -> board(call.getArgument(0), call.getArgument(1)));
        assignments();
        when(stake.agentStake()).thenReturn(agentStake());
        when(stake.reputation(ME)).thenReturn(new AgentStake.Reputation(120, List.of(new AgentStake.Change("AGENT",
                20, 120, "JOB_SUCCEEDED", NOW.minusSeconds(3600), new AgentStake.JobTitle("Label images")))));
        view = new FindWorkView(desk, stake, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theBoardListsTheFirstRowsFromOnePageAndPagesOnAlongTheCursors() {
        view.refresh();

        assertThat(rows(0, 50)).extracting(OpenJob::title).startsWith("Job 0", "Job 1").hasSize(50);
        verify(desk).matchingJobs(null, 50);

        assertThat(rows(50, 50)).extracting(OpenJob::title).startsWith("Job 50");
        verify(desk).matchingJobs("c49", 50);

        assertThat(rows(100, 50)).extracting(OpenJob::title).endsWith("Job " + (BOARD_SIZE - 1)).hasSize(30);
        verify(desk).matchingJobs("c99", 50);
    }

    @Test
    void eachJobShowsWhereTheAgentStandsOrThatItCannotTakeItNow() {
        view.refresh();
        List<OpenJob> jobs = rows(0, 2);

        assertThat(JobBoard.standing(jobs.get(0).myStanding())).isEqualTo("1 of 3 · score 0.750");
        assertThat(JobBoard.standing(jobs.get(1).myStanding()))
                .isEqualTo("not eligible now (stake, reputation or active jobs)");
    }

    @Test
    void aBoardPageThatFailsShowsWhyAndEndsTheBoardThere() {
        view.refresh();
        when(desk.matchingJobs(any(), anyInt())).thenThrow(new BackendException("The backend is not reachable."));

        assertThat(rows(0, 20)).isEmpty();

        assertThat(errorNotice().getText()).isEqualTo("The backend is not reachable.");
    }

    @Test
    void applyingAssignsTheJobAndReadsTheBoardAndTheAssignmentsAgain() {
        view.refresh();
        OpenJob job = rows(0, 1).getFirst();
        when(desk.apply(eq(job.id()), any())).thenReturn(List.of());
        assignments(assignment("job-0", NOW.plusSeconds(125)));

        view.apply(job, UUID.randomUUID());

        assertThat(errorNotice().isVisible()).isFalse();
        assertThat(texts("assignment-deadline")).containsExactly("Deliver in 2 min 05 s (deadline 2026-12-07T12:02:05Z)");
        assertThat(byId("no-assignments").isVisible()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NOT_ELIGIBLE|An agent stake of at least 10 is required",
            "POLICY_NOT_ACKNOWLEDGED|Accept the current terms (version 2) to apply for a job",
            "PAUSED|The market is paused (JOBS): apply for a job is stopped"})
    void aRefusedApplicationShowsTheBackendsReasonAndChangesNothing(String code, String message) {
        view.refresh();
        OpenJob job = rows(0, 1).getFirst();
        when(desk.apply(eq(job.id()), any())).thenReturn(List.of(new UserError(null, code, message)));

        view.apply(job, UUID.randomUUID());

        assertThat(errorNotice().isVisible()).isTrue();
        assertThat(errorNotice().getText()).isEqualTo("Could not apply for \u201cJob 0\u201d: " + message);
        assertThat(texts("assignment-deadline")).isEmpty();
    }

    @Test
    void anAgentWhoHasNotAcceptedTheTermsIsOfferedToAndTheButtonGoesOnceAccepted() {
        when(desk.terms()).thenReturn(terms(2, 1), terms(2, 2));
        view.refresh();
        assertThat(byId("accept-terms").isVisible()).isTrue();
        when(desk.acceptTerms(2)).thenReturn(List.of());

        view.acceptTerms();

        verify(desk).acceptTerms(2);
        assertThat(byId("accept-terms").isVisible()).isFalse();
    }

    @Test
    void submitErrorsLandUnderTheFieldsTheyNameAndTheRestInTheNotice() {
        assignments(assignment("job-7", NOW.plusSeconds(3600)));
        view.refresh();
        AssignmentCard card = card();
        when(desk.submit(eq("job-7"), any(), any())).thenReturn(List.of(
                new UserError("input.resultHash", "INVALID_INPUT", "The result hash must be 64 hex digits"),
                new UserError("input.resultUri", "INVALID_INPUT", "The result URI must be absolute"),
                new UserError(null, "PAUSED", "The market is paused")));

        view.submit(card, new Result("r.txt", "abc", ""), UUID.randomUUID());

        assertThat(field(card, "result-hash").isInvalid()).isTrue();
        assertThat(field(card, "result-hash").getErrorMessage()).isEqualTo("The result hash must be 64 hex digits");
        assertThat(field(card, "result-uri").getErrorMessage()).isEqualTo("The result URI must be absolute");
        assertThat(errorNotice().getText()).isEqualTo("The market is paused");
    }

    @Test
    void aSubJobIsPostedUnderTheAssignmentWithRefusalsAtTheirFields() {
        assignments(assignment("job-7", NOW.plusSeconds(3600)));
        view.refresh();
        AssignmentCard card = card();
        var deadline = descendants(card).filter(com.vaadin.flow.component.datetimepicker.DateTimePicker.class::isInstance)
                .map(com.vaadin.flow.component.datetimepicker.DateTimePicker.class::cast)
                .filter(picker -> picker.hasClassName("sub-job-deadline")).findFirst().orElseThrow();
        assertThat(deadline.getValue()).as("halfway to the parent's deadline")
                .isEqualTo(java.time.LocalDateTime.ofInstant(NOW.plusSeconds(1800), java.time.ZoneOffset.UTC)
                        .withSecond(0).withNano(0));
        when(desk.postSubJob(eq("job-7"), any(), any())).thenReturn(List.of(
                new UserError("input.deadline", "INVALID_DEADLINE", "A sub-job is due before its parent"),
                new UserError(null, "INSUFFICIENT_FUNDS", "The wallet holds less than 20"))).thenReturn(List.of());
        field(card, "sub-job-title").setValue("Design the logo");
        AgentDesk.SubJob logo = new AgentDesk.SubJob("Design the logo", "", "20", NOW.plusSeconds(7200));

        view.postSubJob(card, logo, UUID.randomUUID());

        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("A sub-job is due before its parent");
        assertThat(errorNotice().getText()).isEqualTo("The wallet holds less than 20");
        assertThat(field(card, "sub-job-title").getValue()).as("nothing typed is lost").isEqualTo("Design the logo");

        view.postSubJob(card, logo, UUID.randomUUID());

        assertThat(field(card, "sub-job-title").getValue()).isEmpty();
        assertThat(deadline.isInvalid()).isFalse();
        org.mockito.Mockito.verify(desk, org.mockito.Mockito.times(2)).postSubJob(eq("job-7"), eq(logo), any());
    }

    @Test
    void aDeliveredResultTakesTheAssignmentOffTheList() {
        assignments(assignment("job-7", NOW.plusSeconds(3600)));
        view.refresh();
        AssignmentCard card = card();
        when(desk.submit(eq("job-7"), any(), any())).thenReturn(List.of());
        assignments();

        view.submit(card, new Result("https://example.org/r", "ab".repeat(32), ""), UUID.randomUUID());

        assertThat(texts("assignment-deadline")).isEmpty();
        assertThat(byId("no-assignments").isVisible()).isTrue();
        assertThat(errorNotice().isVisible()).isFalse();
    }

    @Test
    void anAssignmentFromTheLiveFeedAppearsAtTheNextTickWithoutReload() {
        view.refresh();
        view.tick();
        assertThat(texts("assignment-deadline")).isEmpty();
        assignments(assignment("job-3", NOW.plusSeconds(59)));

        view.changed(new AgentDesk.Event("AGENT_ASSIGNED", "ASSIGNED", NOW, new AgentDesk.JobRef("job-3", "Job 3"), "c3"));
        view.tick();

        assertThat(texts("assignment-deadline")).containsExactly("Deliver in 59 s (deadline 2026-12-07T12:00:59Z)");
        verify(desk, times(2)).assignments(eq(ME), isNull(), anyInt());
    }

    @Test
    void aJobPostedLiveIsReadFromTheFirstPageAtTheNextTick() {
        view.refresh();
        rows(0, 20);
        view.tick();
        // A tick without news reads nothing again.
        verify(desk, times(1)).matchingJobs(null, 20);

        view.boardChanged(new AgentDesk.Event("JOB_CREATED", "CREATED", NOW, new AgentDesk.JobRef("new", "New"), "c9"));
        view.tick();
        rows(0, 20);

        verify(desk, times(2)).matchingJobs(null, 20);
    }

    @Test
    void bothLiveFeedsRunWhileThePageIsOpenAndEndWhenItCloses() {
        AtomicInteger open = new AtomicInteger();
        when(desk.events()).thenReturn(feed(open));
        when(desk.boardEvents()).thenReturn(feed(open));
        // Attaching a grid sends JavaScript, which needs a session (held "locked" by this test's thread).
        VaadinSession session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);

        ui.add(view);
        assertThat(open).hasValue(2);
        assertThat(ui.getPollInterval()).isEqualTo(FindWorkView.TICK_MILLIS);

        ui.remove(view);
        assertThat(open).hasValue(0);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    private static Flux<AgentDesk.Event> feed(AtomicInteger open) {
        return Flux.<AgentDesk.Event>never().doOnSubscribe(subscription -> open.incrementAndGet())
                .doOnCancel(open::decrementAndGet);
    }

    @Test
    void theDeadlineCountsDownToTheSecondAndSaysWhenItHasPassed() {
        Assignment due = assignment("job-1", NOW.plusSeconds(2 * 3600 + 61));

        assertThat(AssignmentCard.deadlineText(due, NOW))
                .isEqualTo("Deliver in 2 h 01 min 01 s (deadline 2026-12-07T14:01:01Z)");
        assertThat(AssignmentCard.deadlineText(due, due.deadline().minusMillis(1)))
                .isEqualTo("Deliver in 1 s (deadline 2026-12-07T14:01:01Z)");
        assertThat(AssignmentCard.deadlineText(due, due.deadline().plusSeconds(1)))
                .isEqualTo("The deadline 2026-12-07T14:01:01Z has passed; the job expires in 59 min 59 s and your "
                        + "job stake is slashed.");
    }

    @Test
    void onlyAgentsMayOpenThePage() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";

        assertThat(checker.hasAccess(FindWorkView.class, someone, Set.of("agent")::contains)).isTrue();
        assertThat(checker.hasAccess(FindWorkView.class, someone, Set.of("employer", "validator")::contains))
                .isFalse();
        assertThat(checker.hasAccess(FindWorkView.class, null, role -> true)).isFalse();
    }

    @Test
    void theStakeShowsWhatIsBondedAndEachWithdrawalCountsDownToItsPayout() {
        view.refresh();

        assertThat(((Paragraph) byId("stake-summary")).getText()).isEqualTo(
                "Bonded 150 AGIALPHA (free 100, locked for jobs 50) · unbonding 20 · minimum to apply 10");
        assertThat(spans("withdrawal-status")).containsExactly(
                "20 AGIALPHA unbonding · can be paid out in 1 min 30 s (2026-12-07T12:01:30Z)");
        assertThat(((Paragraph) byId("agent-score")).getText()).isEqualTo("Agent score 120 of 88,888.");
    }

    @Test
    void aRefusedDepositShowsItsReasonUnderTheAmount() {
        view.refresh();
        when(stake.deposit(eq("1.0000000000000000001"), any())).thenReturn(List.of(new AgentStake.UserError(
                "input.amount", "INVALID_INPUT", "An amount has at most 18 decimals")));

        view.stakeStep(StakePanel.Step.DEPOSIT, "1.0000000000000000001", UUID.randomUUID());

        TextField amount = (TextField) byId("deposit-amount");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("An amount has at most 18 decimals");
        assertThat(errorNotice().isVisible()).isFalse();
    }

    @Test
    void aFinalizeTooEarlyGoesToTheNoticeAndADepositThatWentThroughReadsTheStakeAgain() {
        view.refresh();
        when(stake.finalizeWithdrawal(eq("w1"), any())).thenReturn(List.of(new AgentStake.UserError(
                "input.withdrawalId", "INVALID_STATE", "The withdrawal is still unbonding")));

        view.stakeStep(StakePanel.Step.FINALIZE, "w1", UUID.randomUUID());

        assertThat(errorNotice().getText()).isEqualTo("The withdrawal is still unbonding");
        when(stake.deposit(eq("50"), any())).thenReturn(List.of());
        view.stakeStep(StakePanel.Step.DEPOSIT, "50", UUID.randomUUID());
        verify(stake, times(2)).agentStake();
        assertThat(errorNotice().isVisible()).isFalse();
    }

    private static AgentStake.RoleStake agentStake() {
        return new AgentStake.RoleStake("AGENT", "100", "50", "20", "150", "10",
                List.of(new AgentStake.Withdrawal("w1", "20", "20", NOW.plusSeconds(90), "REQUESTED")));
    }

    private List<String> spans(String className) {
        return descendants(view).filter(Span.class::isInstance).map(Span.class::cast)
                .filter(span -> span.hasClassName(className)).map(Span::getText).toList();
    }

    private void assignments(Assignment... current) {
        when(desk.assignments(eq(ME), any(), anyInt())).thenReturn(new CursorPager.Page<>(List.of(current),
                Stream.of(current).map(Assignment::id).toList(), false));
    }

    private static Assignment assignment(String id, Instant deadline) {
        return new Assignment(id, "Job " + id, "100", deadline, deadline.plusSeconds(3600), "10");
    }

    private static AgentDesk.Terms terms(int current, int acknowledged) {
        return new AgentDesk.Terms(current, new AgentDesk.TermsMe(new AgentDesk.Acknowledgement(acknowledged)));
    }

    private static CursorPager.Page<OpenJob> board(@Nullable String after, int first) {
        int from = after == null ? 0 : Integer.parseInt(after.substring(1)) + 1;
        int to = Math.min(from + first, BOARD_SIZE);
        List<OpenJob> jobs = IntStream.range(from, to).mapToObj(i -> new OpenJob("job-" + i, "Job " + i, "100",
                NOW.plusSeconds(86_400), List.of("python"), "ANY", new AgentDesk.EmployerRef("acme"),
                i % 2 == 0 ? new AgentDesk.Standing(1 + i % 3, 3, new AgentDesk.Score(0.75)) : null)).toList();
        return new CursorPager.Page<>(jobs, IntStream.range(from, to).mapToObj(i -> "c" + i).toList(),
                to < BOARD_SIZE);
    }

    @SuppressWarnings("unchecked")
    private List<OpenJob> rows(int offset, int limit) {
        Grid<OpenJob> board = (Grid<OpenJob>) byId("job-board");
        return board.getDataProvider().fetch(new Query<>(offset, limit, List.of(), null, null)).toList();
    }

    private AssignmentCard card() {
        return descendants(view).filter(AssignmentCard.class::isInstance).map(AssignmentCard.class::cast)
                .findFirst().orElseThrow();
    }

    private static TextField field(AssignmentCard card, String className) {
        return descendants(card).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> field.hasClassName(className)).findFirst().orElseThrow();
    }

    private List<String> texts(String className) {
        return descendants(view).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.hasClassName(className)).map(Paragraph::getText).toList();
    }

    private Component byId(String id) {
        return descendants(view).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow();
    }

    private Paragraph errorNotice() {
        return (Paragraph) byId("work-error");
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FindWorkViewTest::descendants));
    }
}
