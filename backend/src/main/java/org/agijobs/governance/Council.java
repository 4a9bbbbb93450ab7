package org.agijobs.governance;

import java.time.Duration;
import java.util.List;

/** The council now: its members, the threshold t of n, and the timelock delay with the deployment's floor. */
public record Council(List<CouncilMember> members, int threshold, Duration timelockDelay, Duration timelockFloor) {
}
