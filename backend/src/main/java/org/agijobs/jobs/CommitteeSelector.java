package org.agijobs.jobs;

/**
 * Draws the committee of a job that has just entered VALIDATING, inside the submission's transaction: a
 * submission without a committee (or an escalation) never commits. Jobs owns this port and the validation module
 * implements it, so jobs never depends on validation.
 */
public interface CommitteeSelector {

    /** Draws the committee, or escalates the job when too few validators are eligible. */
    void select(ValidationRequested requested);
}
