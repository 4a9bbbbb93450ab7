package org.agijobs.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.agijobs.support.ApiTest;
import org.agijobs.support.EventPublications;
import org.agijobs.support.EventPublications.Probe;
import org.agijobs.support.EventPublications.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** After-commit module listeners go through the JDBC publication registry that Flyway's V15 creates. */
@ApiTest
class EventPublicationRegistryTest {

    @Autowired
    EventPublications publications;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aPublicationWhoseListenerFailsStaysIncompleteUntilItIsDeliveredAgain() {
        UUID probe = UUID.randomUUID();
        publications.failProbe(probe, 1);

        publishCommitted(probe);
        publications.awaitFailureOf(probe);

        assertThat(publications.of(probe)).singleElement().returns(false, Publication::completed);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof Probe event
                && event.id().equals(probe));
        publications.awaitCompletionOf(probe);

        assertThat(publications.deliveriesOf(probe)).isEqualTo(2);
        assertThat(publications.of(probe)).singleElement().returns(true, Publication::completed);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeitherRecordedNorDelivered() {
        UUID probe = UUID.randomUUID();

        // Deliveries are handed to their thread at commit: after a rollback there is none to wait for.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(new Probe(probe));
            status.setRollbackOnly();
        });

        assertThat(publications.of(probe)).isEmpty();
        assertThat(publications.deliveriesOf(probe)).isZero();
    }

    private void publishCommitted(UUID probe) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                events.publishEvent(new Probe(probe)));
    }
}
