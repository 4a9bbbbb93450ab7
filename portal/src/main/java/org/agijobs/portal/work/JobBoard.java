package org.agijobs.portal.work;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.work.AgentDesk.OpenJob;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * The open jobs an agent could take, in a grid that pages lazily along the connection's cursors as it scrolls
 * (no count query). Apply fires an {@link ApplyEvent}; a page that cannot be read fires a {@link FailureEvent}
 * and ends the list there, instead of an error screen.
 */
class JobBoard extends Div {

    /** Each row's standing ranks every candidate for that job: small pages keep a scroll step cheap. */
    static final int PAGE = 20;

    private final Grid<OpenJob> grid = new Grid<>();
    private final CursorPager<OpenJob> pages;

    JobBoard(CursorPager.PageSource<OpenJob> source) {
        this.pages = new CursorPager<>(source);
        setWidthFull();
        grid.setId("job-board");
        grid.setWidthFull();
        grid.setHeight("min(70vh, 36rem)");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // Two lines per cell and four columns, so that the board still reads at a phone's width.
        // Templates rendered in the browser, not server-side components per row: a visible row then costs the
        // session a few strings instead of a component tree.
        grid.addColumn(twoLines(job -> job.title(), job -> "skills: " + skills(job) + " · by "
                + job.employer().handle())).setHeader("Job").setFlexGrow(3);
        grid.addColumn(twoLines(job -> job.reward() + " AGIALPHA", job -> "due " + isoMinutes(job.deadline())))
                .setHeader("Reward, deadline (UTC)").setFlexGrow(2);
        grid.addColumn(job -> standing(job.myStanding())).setHeader("Your place").setFlexGrow(2);
        grid.addColumn(LitRenderer.<OpenJob>of("<vaadin-button class=\"apply-job\" theme=\"primary small\" "
                                + "aria-label=\"Apply for ${item.title}\" @click=\"${apply}\">Apply</vaadin-button>")
                        .withProperty("title", OpenJob::title)
                        .withFunction("apply", job -> fireEvent(new ApplyEvent(this, job))))
                .setHeader("Apply").setFlexGrow(0).setAutoWidth(true);
        grid.setPageSize(PAGE);
        grid.setEmptyStateText("No open job matches you right now.");
        grid.setItems(query -> rows(query.getOffset(), query.getLimit()));
        add(grid);
    }

    /** Forgets the pages read so far; the grid asks for its rows again from the first page. */
    void reload() {
        pages.reset();
        grid.getDataProvider().refreshAll();
    }

    static String standing(AgentDesk.@Nullable Standing standing) {
        if (standing == null) {
            return "not eligible now (stake, reputation or active jobs)";
        }
        return String.format(Locale.ROOT, "%d of %d · score %.3f", standing.position(), standing.rankedAgents(),
                standing.rank().score());
    }

    private Stream<OpenJob> rows(int offset, int limit) {
        try {
            return pages.fetch(offset, limit);
        } catch (BackendException e) {
            fireEvent(new FailureEvent(this, e.getMessage()));
            return Stream.empty();
        }
    }

    private static LitRenderer<OpenJob> twoLines(ValueProvider<OpenJob, String> first,
                                                 ValueProvider<OpenJob, String> second) {
        return LitRenderer.<OpenJob>of("<div>${item.first}</div><div style=\"font-size: var(--lumo-font-size-s);"
                        + " color: var(--lumo-secondary-text-color)\">${item.second}</div>")
                .withProperty("first", first).withProperty("second", second);
    }

    private static String skills(OpenJob job) {
        return job.requiredSkills().isEmpty() ? "any" : String.join(", ", job.requiredSkills());
    }

    private static String isoMinutes(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    Registration addApplyListener(ComponentEventListener<ApplyEvent> listener) {
        return addListener(ApplyEvent.class, listener);
    }

    Registration addFailureListener(ComponentEventListener<FailureEvent> listener) {
        return addListener(FailureEvent.class, listener);
    }

    static final class ApplyEvent extends ComponentEvent<JobBoard> {

        private final OpenJob job;

        ApplyEvent(JobBoard source, OpenJob job) {
            super(source, false);
            this.job = job;
        }

        OpenJob job() {
            return job;
        }
    }

    static final class FailureEvent extends ComponentEvent<JobBoard> {

        private final String message;

        FailureEvent(JobBoard source, String message) {
            super(source, false);
            this.message = message;
        }

        String message() {
            return message;
        }
    }
}
