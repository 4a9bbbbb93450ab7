package org.agijobs.portal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

/** Work queued from a live item runs once, on the browser's next poll, and leaves the page's own polling alone. */
class NextRequestTest {

    private final UI ui = new UI();
    private final List<String> ran = new ArrayList<>();
    private final Runnable refresh = () -> ran.add("refresh");

    @Test
    void aPageThatDoesNotPollIsAskedForOnePollAndStopsAfterIt() {
        NextRequest.run(ui, refresh);
        NextRequest.run(ui, refresh);

        assertThat(ran).as("not on the push thread").isEmpty();
        assertThat(ui.getPollInterval()).isEqualTo(NextRequest.POLL_MILLIS);

        poll();

        assertThat(ran).containsExactly("refresh");
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        poll();
        assertThat(ran).hasSize(1);
    }

    @Test
    void aPageThatPollsAnywayKeepsItsIntervalAndRunsTheWorkAtItsNextPoll() {
        ui.setPollInterval(1000);
        Runnable other = () -> ran.add("other");

        NextRequest.run(ui, refresh);
        NextRequest.run(ui, other);
        poll();

        assertThat(ran).containsExactly("refresh", "other");
        assertThat(ui.getPollInterval()).isEqualTo(1000);
    }

    private void poll() {
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
