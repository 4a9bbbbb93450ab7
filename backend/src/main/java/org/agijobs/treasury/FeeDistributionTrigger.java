package org.agijobs.treasury;

/** What started a fee distribution. */
public enum FeeDistributionTrigger {
    /** The epoch schedule ({@code FEE_DISTRIBUTION_EPOCH}). */
    SCHEDULED,
    /** An owner's {@code distributeFees}. */
    OWNER
}
