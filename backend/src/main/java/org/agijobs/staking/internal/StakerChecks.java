package org.agijobs.staking.internal;

import org.agijobs.parameters.TermsService;
import org.agijobs.participants.Participant;
import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.staking.StakeRole;
import org.springframework.stereotype.Component;

/**
 * Who may move stake. Depositing is for the market's participants (owner, employer, agent, validator), and
 * each role's stake for the realm roles of {@link StakeRole#depositors()}. Exits (withdrawal request and
 * finalize) are open to any platform role: they touch only the caller's own stake, and a revoked role or a
 * blacklisting must not trap money.
 */
@Component
public class StakerChecks {

    static final String ROLE = "input.role";

    private final TermsService terms;

    StakerChecks(TermsService terms) {
        this.terms = terms;
    }

    /** Before anything else, so a caller who may not deposit gets no profile created either. */
    public void requireDepositor(Caller caller) {
        Authorization.requireAnyOf(caller, Role.OWNER, Role.EMPLOYER, Role.AGENT, Role.VALIDATOR);
    }

    public void requireStaker(Caller caller) {
        Authorization.requireSomeRole(caller);
    }

    public void checkDeposit(Caller caller, StakeRole role, Participant participant) {
        if (role.depositors().stream().noneMatch(caller::has)) {
            throw new DomainException(ErrorCode.FORBIDDEN, ROLE, "Depositing " + role + " stake needs the role "
                    + String.join(" or ", role.depositors().stream().map(Role::realmRoleName).sorted().toList()));
        }
        terms.requireMayMoveMoney(participant, "deposit stake");
    }
}
