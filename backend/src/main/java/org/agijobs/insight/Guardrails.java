package org.agijobs.insight;

import java.util.List;

import org.agijobs.parameters.PauseLevel;
import org.jspecify.annotations.Nullable;

/**
 * The market's safety state now: the pause level, the ledger invariant (null for a caller who may not run it:
 * only owners may), and the governed parameters whose value sits at its minimum or maximum.
 */
public record Guardrails(PauseLevel pauseLevel, @Nullable Boolean ledgerHealthy, List<String> parametersAtBound) {

    public Guardrails {
        parametersAtBound = List.copyOf(parametersAtBound);
    }
}
