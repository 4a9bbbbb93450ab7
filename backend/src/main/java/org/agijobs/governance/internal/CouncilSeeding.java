package org.agijobs.governance.internal;

import java.time.Clock;

import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.errors.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the council from {@code agijobs.governance.initial-council} when no council exists yet (the first start
 * on a new database). Several instances starting at once seed the same rows, and the inserts ignore one another.
 * An initial council smaller than the threshold could never approve anything, so the start fails instead.
 * A configured initial timelock delay is written with the council (an e2e run starts with the floor, so that a
 * proposal passes within minutes); it is checked like a proposed value, so it can never undercut the floor.
 * Configured initial parameters (the demo profile's short windows) are written the same way, each bounds-checked,
 * and one value out of bounds fails the start with nothing seeded.
 */
@Component
@EnableConfigurationProperties(GovernanceProperties.class)
class CouncilSeeding implements ApplicationRunner {

    private final GovernanceProperties properties;
    private final CouncilStore council;
    private final Parameters parameters;
    private final ParameterRegistry registry;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CouncilSeeding(GovernanceProperties properties, CouncilStore council, Parameters parameters,
            ParameterRegistry registry, PlatformTransactionManager transactionManager, Clock clock) {
        this.properties = properties;
        this.council = council;
        this.parameters = parameters;
        this.registry = registry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seedIfEmpty());
    }

    /** Seeds the configured members when the council is empty; returns whether it did. */
    boolean seedIfEmpty() {
        if (properties.initialCouncil().isEmpty() || !council.members().isEmpty()) {
            return false;
        }
        // First, so that a configured COUNCIL_THRESHOLD is the one the council's size is checked against.
        properties.initialParameters().forEach(this::seedInitial);
        long threshold = parameters.integer(Parameter.COUNCIL_THRESHOLD);
        if (properties.initialCouncil().size() < threshold) {
            throw new IllegalStateException("agijobs.governance.initial-council lists " + properties.initialCouncil().size()
                    + " owners, fewer than the council threshold " + threshold + ": no proposal could ever pass");
        }
        properties.initialCouncil().forEach(member -> council.add(member.subject(), member.username(), clock.instant(), null));
        if (properties.initialTimelockDelay() != null) {
            registry.seed(Parameter.TIMELOCK_DELAY, properties.initialTimelockDelay().toString(), clock.instant());
        }
        return true;
    }

    private void seedInitial(Parameter parameter, String value) {
        try {
            registry.seed(parameter, value, clock.instant());
        } catch (DomainException e) {
            throw new IllegalStateException("agijobs.governance.initial-parameters." + parameter + ": " + e.getMessage(), e);
        }
    }
}
