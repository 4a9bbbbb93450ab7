package org.agijobs.platform.scheduling;

/**
 * Whether scheduled work must wait: the port through which the market's FULL pause (module parameters) stops
 * every {@link DeadlineHandler} without the platform depending on the module that owns the pause.
 */
public interface ScheduledWorkHold {

    /** True while no deadline may take effect; a due execution then looks again after {@link DeadlineHandler#HELD_RETRY}. */
    boolean holding();
}
