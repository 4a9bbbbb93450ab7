package org.agijobs.portal.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/** What a validator sees and may do per seat, with the backend replaced by a mock of {@link CommitteeDuty}. */
class CommitteeViewTest {

    private static final String ME = "me";
    private static final String HASH = "ab".repeat(32);

    /** What a button listens to by itself, before anyone adds a listener. */
    private static final int BUTTONS_OWN_LISTENERS = serverClickListeners(new Button());

    private final CommitteeDuty duty = mock(CommitteeDuty.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:58:55Z"));
    private final CommitteeView view = new CommitteeView(duty, clock);

    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void anOpenCommitWindowOffersApproveAndRejectThatOnlyTheBrowserHandles() {
        seats(seat("job-1", "COMMIT", member(false, null, false)));

        view.refresh();

        assertThat(buttons("approve-vote")).singleElement()
                .satisfies(approve -> assertThat(serverClickListeners(approve))
                        .as("the vote must not reach the server on click").isEqualTo(BUTTONS_OWN_LISTENERS));
        assertThat(buttons("reject-vote")).singleElement()
                .satisfies(reject -> assertThat(serverClickListeners(reject)).isEqualTo(BUTTONS_OWN_LISTENERS));
        assertThat(buttons("reveal-vote")).isEmpty();
        assertThat(text("assignment-status")).containsExactly("You have not committed a vote.");
        assertThat(text("assignment-windows")).containsExactly(
                "Phase COMMIT · commits until 2026-11-24T10:00:00Z · reveals until 2026-11-24T11:00:00Z");
    }

    @Test
    void aCommittedVoteIsRevealedInTheRevealWindowOnly() {
        seats(seat("committed", "COMMIT", member(true, HASH, false)),
                seat("to-reveal", "REVEAL", member(true, HASH, false)),
                seat("done", "REVEAL", member(true, HASH, true)));

        view.refresh();

        assertThat(buttons("approve-vote")).isEmpty();
        assertThat(buttons("reveal-vote")).hasSize(1);
        assertThat(text("assignment-status")).containsExactly("You committed a vote; it is not revealed yet.",
                "You committed a vote; it is not revealed yet.", "You committed and revealed your vote.");
    }

    @Test
    void theBrowsersHashIsCommittedAndTheListRefreshed() {
        seats(seat("job-1", "COMMIT", member(false, null, false)));
        when(duty.commit(anyString(), anyString(), any())).thenReturn(List.of());
        view.refresh();

        view.commit("job-1", HASH);

        verify(duty).commit(eq("job-1"), eq(HASH), any());
        verify(duty, times(2)).assignments();
        assertThat(errorNotice().isVisible()).isFalse();
    }

    @Test
    void aLateRevealShowsTheBackendsReason() {
        seats(seat("job-1", "REVEAL", member(true, HASH, false)));
        when(duty.reveal(anyString(), anyBoolean(), anyString(), any())).thenReturn(List.of(
                new CommitteeDuty.UserError(null, "INVALID_DEADLINE", "The reveal window of this job has closed")));
        view.refresh();

        view.reveal("job-1", true, "s4lt-s4lt-s4lt-s4lt");

        verify(duty).reveal(eq("job-1"), eq(true), eq("s4lt-s4lt-s4lt-s4lt"), any());
        assertThat(errorNotice().isVisible()).isTrue();
        assertThat(errorNotice().getText()).isEqualTo("The reveal window of this job has closed");
    }

    @Test
    void aBrowserWithoutTheVoteSendsNothing() {
        seats(seat("job-1", "REVEAL", member(true, HASH, false)));
        view.refresh();

        view.voteNotInThisBrowser("job-1");

        verify(duty, never()).reveal(anyString(), anyBoolean(), anyString(), any());
        assertThat(errorNotice().getText()).contains("Reveal from the browser you committed with");
    }

    @Test
    void theOpenWindowCountsDownAndItsCloseBringsTheRevealWithoutAReload() {
        seats(seat("job-1", "COMMIT", member(true, HASH, false)));
        view.refresh();
        assertThat(text("assignment-countdown")).containsExactly("Commit window closes in 1 min 05 s");

        clock.set(Instant.parse("2026-11-24T09:59:59Z"));
        view.tick();
        assertThat(text("assignment-countdown")).containsExactly("Commit window closes in 1 s");
        verify(duty, times(1)).assignments();

        seats(seat("job-1", "REVEAL", member(true, HASH, false)));
        clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        view.tick();
        verify(duty, times(2)).assignments();
        assertThat(buttons("reveal-vote")).hasSize(1);
        assertThat(text("assignment-countdown")).containsExactly("Reveal window closes in 1 h 00 min 00 s");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private void seats(CommitteeDuty.Assignment... seats) {
        when(duty.assignments()).thenReturn(new CommitteeDuty.Assignments(
                new CommitteeDuty.Me(new CommitteeDuty.ParticipantRef(ME)), List.of(seats)));
    }

    private static CommitteeDuty.Assignment seat(String jobId, String phase, CommitteeDuty.Member me) {
        CommitteeDuty.Member other = new CommitteeDuty.Member(new CommitteeDuty.ParticipantRef("other"),
                false, null, false);
        return new CommitteeDuty.Assignment(new CommitteeDuty.JobRef(jobId, "Job " + jobId), phase,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"), List.of(other, me));
    }

    private static CommitteeDuty.Member member(boolean committed, String hash, boolean revealed) {
        return new CommitteeDuty.Member(new CommitteeDuty.ParticipantRef(ME), committed, hash, revealed);
    }

    private List<Button> buttons(String className) {
        return descendants(view).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).toList();
    }

    private List<String> text(String className) {
        return descendants(view).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.hasClassName(className)).map(Paragraph::getText).toList();
    }

    private Paragraph errorNotice() {
        return descendants(view).filter(component -> component.getId().orElse("").equals("committee-error"))
                .map(Paragraph.class::cast).findFirst().orElseThrow();
    }

    private static int serverClickListeners(Button button) {
        return ComponentUtil.getListeners(button, ClickEvent.class).size();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CommitteeViewTest::descendants));
    }
}
