package org.agijobs.staking;

import java.util.EnumSet;
import java.util.Set;

import org.agijobs.parameters.Parameter;
import org.agijobs.platform.security.Role;

/** The roles in which a participant holds stake, each with its own balance, minimum and depositors. */
public enum StakeRole {
    AGENT(Parameter.MIN_STAKE_AGENT, true, EnumSet.of(Role.AGENT)),
    VALIDATOR(Parameter.MIN_STAKE_VALIDATOR, true, EnumSet.of(Role.VALIDATOR)),
    /** Earns fee-pool distributions; never locked, so anyone who takes part in the market may hold it. */
    PLATFORM(Parameter.MIN_STAKE_PLATFORM, false, EnumSet.of(Role.OWNER, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR));

    private final Parameter minimum;
    private final boolean lockable;
    private final Set<Role> depositors;

    StakeRole(Parameter minimum, boolean lockable, Set<Role> depositors) {
        this.minimum = minimum;
        this.lockable = lockable;
        this.depositors = depositors;
    }

    /** The governed minimum of this role's bonded (free + locked) stake. */
    public Parameter minimum() {
        return minimum;
    }

    /** Whether jobs and committees may lock this stake; platform stake has no locked account. */
    public boolean lockable() {
        return lockable;
    }

    /** The realm roles of which the depositor must hold at least one. */
    public Set<Role> depositors() {
        return Set.copyOf(depositors);
    }
}
