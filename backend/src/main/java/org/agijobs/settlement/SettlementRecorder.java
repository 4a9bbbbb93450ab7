package org.agijobs.settlement;

/**
 * What other modules record about a settlement inside its transaction (reputation scores, the certificate): a
 * recorder that fails rolls the whole settlement back, so recorders only write and never call out. Settlement
 * owns this port, calls every implementation once per settlement, and the recording modules implement it.
 */
public interface SettlementRecorder {

    /** Records the settlement; a second call for the same job changes nothing. */
    void record(JobSettled settled);
}
