package org.agijobs.jobs;

/** Why validation handed a job straight to a moderator instead of completing it. */
public enum EscalationReason {
    /** Fewer eligible validators than the committee size. */
    NO_COMMITTEE,
    /** Too few members revealed their votes for the tally to count. */
    NO_QUORUM
}
