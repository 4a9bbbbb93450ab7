package org.agijobs.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.disputes.DisputeService;
import org.agijobs.disputes.Ruling;
import org.agijobs.jobs.JobFilter;
import org.agijobs.jobs.JobService;
import org.agijobs.jobs.JobState;
import org.agijobs.ledger.DemoFaucet;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.parameters.TermsService;
import org.agijobs.participants.AgentType;
import org.agijobs.participants.ParticipantService;
import org.agijobs.participants.ProfileChange;
import org.agijobs.platform.money.Money;
import org.agijobs.staking.StakeRole;
import org.agijobs.staking.StakeService;
import org.agijobs.validation.Committee;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.stereotype.Component;

/**
 * Builds the demo market on a database that holds no job yet, as its users would: each demo user signs in (a
 * profile), accepts the terms, takes demo money from the faucet and stakes; then the {@link DemoJob}s are posted,
 * taken, delivered, voted on and ruled on through the same services the API calls. A market that holds any job was
 * seeded (or used) already and is left alone, so a restart changes nothing.
 */
@Component
@Profile("demo & dev")
class DemoMarket {

    static final Money EMPLOYER_FAUCET = Money.of(2000);
    static final Money AGENT_FAUCET = Money.of(300);
    static final Money VALIDATOR_FAUCET = Money.of(2000);
    static final Money AGENT_STAKE = Money.of(200);
    static final Money VALIDATOR_STAKE = Money.of(1500);
    /** The expiring job's deadline: soon, so that a person sees it expire (after the grace period). */
    static final Duration SHORT_DEADLINE = Duration.ofMinutes(3);
    /** After the settling job's challenge window, a little slack for its settlement to run. */
    static final Duration AFTER_SETTLEMENT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(DemoMarket.class);
    private static final Map<DemoUser, List<String>> SKILLS = Map.of(
            DemoUser.ADA, List.of("translation", "data-labeling", "python", "transcription"),
            DemoUser.ALAN, List.of("translation", "data-labeling", "legal-writing"));

    private final ParticipantService participants;
    private final TermsService terms;
    private final DemoFaucet faucet;
    private final StakeService stakes;
    private final JobService jobs;
    private final DisputeService disputes;
    private final DemoActs acts;
    private final DemoFollowUp followUp;
    private final Parameters parameters;
    private final Clock clock;

    DemoMarket(ParticipantService participants, TermsService terms, DemoFaucet faucet, StakeService stakes,
            JobService jobs, DisputeService disputes, DemoActs acts, DemoFollowUp followUp, Parameters parameters,
            Clock clock) {
        this.participants = participants;
        this.terms = terms;
        this.faucet = faucet;
        this.stakes = stakes;
        this.jobs = jobs;
        this.disputes = disputes;
        this.acts = acts;
        this.followUp = followUp;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** Whether the market holds any job; then seeding does nothing. */
    boolean seeded() {
        return SignedIn.as(DemoUser.EMMA, clock,
                () -> !jobs.list(DemoUser.EMMA.caller(), JobFilter.ALL, ScrollPosition.offset(), 1).isEmpty());
    }

    /** Builds the market unless it holds a job already; returns the jobs made, empty when it did nothing. */
    Map<DemoJob, UUID> seedIfEmpty() {
        if (seeded()) {
            log.info("The market holds jobs already: the demo market is not seeded again");
            return Map.of();
        }
        for (DemoUser user : DemoUser.values()) {
            signUp(user);
        }
        stake(DemoUser.ADA, StakeRole.AGENT, AGENT_STAKE);
        stake(DemoUser.ALAN, StakeRole.AGENT, AGENT_STAKE);

        Map<DemoJob, UUID> made = new EnumMap<>(DemoJob.class);
        // Before any validator stakes, no committee can be drawn: these deliveries go to the moderators.
        for (DemoJob job : List.of(DemoJob.FINALIZED, DemoJob.ESCALATED)) {
            made.put(job, acts.deliver(job, acts.take(job, acts.post(job, longDeadline()))));
        }
        DemoUser.VALIDATORS.forEach(validator -> stake(validator, StakeRole.VALIDATOR, VALIDATOR_STAKE));
        UUID ruled = made.get(DemoJob.FINALIZED);
        if (acts.state(ruled).orElseThrow() == JobState.DISPUTED) {
            SignedIn.run(DemoUser.MONA, clock, () -> disputes.resolve(DemoUser.MONA.caller(), ruled, Ruling.AGENT_WINS,
                    "The translation is complete and idiomatic: the agent delivered what was asked.", null));
        }

        made.put(DemoJob.OPEN, acts.post(DemoJob.OPEN, longDeadline()));
        made.put(DemoJob.OPEN_TOO, acts.post(DemoJob.OPEN_TOO, longDeadline()));
        UUID cancelled = acts.post(DemoJob.CANCELLED, longDeadline());
        SignedIn.run(DemoJob.CANCELLED.employer(), clock, () -> jobs.cancel(DemoJob.CANCELLED.employer().caller(),
                cancelled, "Found the summary elsewhere", null));
        made.put(DemoJob.CANCELLED, cancelled);
        made.put(DemoJob.ASSIGNED, acts.take(DemoJob.ASSIGNED, acts.post(DemoJob.ASSIGNED, longDeadline())));
        made.put(DemoJob.EXPIRING, acts.take(DemoJob.EXPIRING,
                acts.post(DemoJob.EXPIRING, clock.instant().plus(SHORT_DEADLINE).truncatedTo(ChronoUnit.SECONDS))));

        UUID settling = acts.deliver(DemoJob.SETTLING,
                acts.take(DemoJob.SETTLING, acts.post(DemoJob.SETTLING, longDeadline())));
        made.put(DemoJob.SETTLING, settling);
        acts.commitSeededVotes(DemoJob.SETTLING, settling).ifPresent(committee -> {
            followUp.revealWhenThePhaseOpens(DemoJob.SETTLING, committee);
            UUID voting = acts.take(DemoJob.VOTING, acts.post(DemoJob.VOTING, longDeadline()));
            made.put(DemoJob.VOTING, voting);
            followUp.deliverVotingJob(voting, settling, settledBy(committee));
        });
        log.info("Demo market seeded: {}", made.keySet());
        return made;
    }

    /** When the settling job's challenge window ends, if its reveals complete the vote when the phase opens. */
    private Instant settledBy(Committee committee) {
        return committee.commitEndsAt().plus(DemoFollowUp.AFTER_PHASE)
                .plus(parameters.duration(Parameter.DISPUTE_WINDOW)).plus(AFTER_SETTLEMENT);
    }

    private void signUp(DemoUser user) {
        SignedIn.run(user, clock, () -> {
            participants.profileOf(user.caller());
            terms.acknowledge(user.caller(), terms.currentVersion());
            List<String> skills = SKILLS.get(user);
            if (skills != null) {
                participants.updateProfile(user.caller(), new ProfileChange(null, AgentType.AI, skills, null));
            }
            Money money = switch (user.role()) {
                case EMPLOYER -> EMPLOYER_FAUCET;
                case AGENT -> AGENT_FAUCET;
                case VALIDATOR -> VALIDATOR_FAUCET;
                default -> Money.ZERO;
            };
            if (money.isPositive()) {
                faucet.request(user.caller(), money, null);
            }
        });
    }

    private void stake(DemoUser user, StakeRole role, Money amount) {
        SignedIn.run(user, clock, () -> stakes.depositStake(user.caller(), role, amount, null));
    }

    private Instant longDeadline() {
        return clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    }
}
