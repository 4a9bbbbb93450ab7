package org.agijobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.ledger.AccountKind;
import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerService;
import org.agijobs.parameters.Parameter;
import org.agijobs.parameters.Parameters;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Caller;
import org.agijobs.platform.security.Role;
import org.agijobs.support.DemoMarketTest;
import org.agijobs.support.DueExecutions;
import org.agijobs.support.MutableClock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo market as a fresh {@code ./platform start} makes it: seeded at start-up through the services, a
 * second seeding changes nothing, and the scheduler alone moves it on. The methods run in order, because time
 * moves forward in the last one.
 */
@DemoMarketTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoMarketSeedingTest {

    private static final Caller OWNER = new Caller("a0000000-0000-4000-8000-000000000001", "olivia.owner",
            "Olivia Owner", java.util.Set.of(Role.OWNER));

    @Autowired
    DemoMarket market;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    LedgerService ledgerService;
    @Autowired
    Parameters parameters;
    @Autowired
    MutableClock clock;
    @Autowired
    DueExecutions due;

    /** The demo wallets arrive after each registration's commit; the counts below must not race them. */
    @BeforeEach
    void demoFundingHasArrived() {
        Awaitility.await("demo funding of every demo user").atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from ledger_transfer where reason = 'DEMO_FUNDING'")
                        == DemoUser.values().length);
    }

    @Test
    @Order(1)
    void startsWithTheDemoProfilesShortWindowsSeededWithTheCouncil() {
        assertThat(parameters.duration(Parameter.COMMIT_WINDOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(parameters.duration(Parameter.REVEAL_WINDOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(parameters.duration(Parameter.DISPUTE_WINDOW)).isEqualTo(Duration.ofMinutes(3));
        assertThat(parameters.duration(Parameter.TIMELOCK_DELAY)).isEqualTo(Duration.ofMinutes(2));
        assertThat(count("select count(*) from council_member")).isEqualTo(3);
    }

    @Test
    @Order(2)
    void seedsAJobInEveryStateFromOpenToFinalizedWithACertificate() {
        assertThat(states()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DemoJob.FINALIZED, "FINALIZED",
                DemoJob.ESCALATED, "DISPUTED",
                DemoJob.OPEN, "CREATED",
                DemoJob.OPEN_TOO, "CREATED",
                DemoJob.CANCELLED, "CANCELLED",
                DemoJob.ASSIGNED, "ASSIGNED",
                DemoJob.EXPIRING, "ASSIGNED",
                DemoJob.SETTLING, "VALIDATING",
                DemoJob.VOTING, "ASSIGNED"));
        assertThat(certificates(DemoJob.FINALIZED)).isEqualTo(1);
        assertThat(count("select count(*) from dispute where job_id = ? and resolved_at is null",
                id(DemoJob.ESCALATED))).isEqualTo(1);
        assertThat(members(DemoJob.SETTLING)).isEqualTo(3);
        assertThat(commits(DemoJob.SETTLING)).isEqualTo(3);
    }

    @Test
    @Order(3)
    void fundsEscrowsAndStakesThroughTheLedgerAndTheBooksBalance() {
        Money fee = DemoJob.OPEN.reward().basisPoints(parameters.basisPoints(Parameter.FEE_PCT));
        assertThat(ledger.balanceOf(AccountRef.escrow(id(DemoJob.OPEN)))).isEqualTo(DemoJob.OPEN.reward().plus(fee));
        assertThat(ledger.balanceOf(AccountRef.escrow(id(DemoJob.CANCELLED)))).isEqualTo(Money.ZERO);
        for (DemoUser validator : DemoUser.VALIDATORS) {
            UUID participant = participant(validator);
            Money bonded = ledger.balanceOf(new AccountRef(AccountKind.STAKE_VALIDATOR, participant))
                    .plus(ledger.balanceOf(new AccountRef(AccountKind.LOCKED_VALIDATOR, participant)));
            assertThat(bonded).as(validator.username()).isEqualTo(DemoMarket.VALIDATOR_STAKE);
        }
        for (DemoUser agent : List.of(DemoUser.ADA, DemoUser.ALAN)) {
            UUID participant = participant(agent);
            Money bonded = ledger.balanceOf(new AccountRef(AccountKind.STAKE_AGENT, participant))
                    .plus(ledger.balanceOf(new AccountRef(AccountKind.LOCKED_AGENT, participant)));
            assertThat(bonded).as(agent.username()).isEqualTo(DemoMarket.AGENT_STAKE);
        }
        assertThat(ledger.balanceOf(AccountRef.wallet(participant(DemoUser.ADA))))
                .as("ada's wallet got the job's payout")
                .isGreaterThan(Money.of(1000).plus(DemoMarket.AGENT_FAUCET).minus(DemoMarket.AGENT_STAKE));
        assertThat(SignedIn.as(DemoUser.EMMA, clock, () -> ledgerService.health(OWNER)).healthy()).isTrue();
    }

    @Test
    @Order(4)
    void aSecondSeedingChangesNothing() {
        Map<String, Long> before = footprint();

        assertThat(market.seedIfEmpty()).isEmpty();

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void theSchedulerAloneTakesTheMarketFromVotesToSettlementAndOnToTheNextVote() {
        clock.advance(parameters.duration(Parameter.COMMIT_WINDOW).plus(DemoFollowUp.AFTER_PHASE));
        due.run();

        assertThat(states()).containsEntry(DemoJob.SETTLING, "COMPLETED").containsEntry(DemoJob.VOTING, "ASSIGNED");
        assertThat(reveals(DemoJob.SETTLING)).isEqualTo(3);

        clock.advance(parameters.duration(Parameter.DISPUTE_WINDOW).plus(DemoMarket.AFTER_SETTLEMENT));
        due.run();
        // The delivery may have looked before the settlement ran; it looks again a minute later.
        clock.advance(DemoFollowUp.WAIT_FOR_VALIDATORS);
        due.run();

        assertThat(states()).containsEntry(DemoJob.SETTLING, "FINALIZED").containsEntry(DemoJob.EXPIRING, "EXPIRED")
                .containsEntry(DemoJob.VOTING, "VALIDATING").containsEntry(DemoJob.OPEN, "CREATED");
        assertThat(certificates(DemoJob.SETTLING)).isEqualTo(1);
        assertThat(members(DemoJob.VOTING)).isEqualTo(3);
        assertThat(commits(DemoJob.VOTING)).as("one vote left for a person").isEqualTo(2);

        clock.advance(parameters.duration(Parameter.COMMIT_WINDOW).plus(DemoFollowUp.AFTER_PHASE));
        due.run();

        assertThat(reveals(DemoJob.VOTING)).isEqualTo(2);
        assertThat(states()).containsEntry(DemoJob.VOTING, "VALIDATING");

        clock.advance(parameters.duration(Parameter.REVEAL_WINDOW));
        due.run();

        assertThat(states()).as("two of three reveals miss the quorum: the moderators decide")
                .containsEntry(DemoJob.VOTING, "DISPUTED");
        assertThat(SignedIn.as(DemoUser.EMMA, clock, () -> ledgerService.health(OWNER)).healthy()).isTrue();
    }

    private long reveals(DemoJob job) {
        return count("select count(*) from committee_member where job_id = ? and revealed_at is not null", id(job));
    }

    private Map<DemoJob, String> states() {
        Map<DemoJob, String> states = new EnumMap<>(DemoJob.class);
        for (DemoJob job : DemoJob.values()) {
            states.put(job, jdbc.sql("select state from job where title = ?").param(job.title()).query(String.class)
                    .single());
        }
        return states;
    }

    private UUID id(DemoJob job) {
        return jdbc.sql("select id from job where title = ?").param(job.title()).query(UUID.class).single();
    }

    private UUID participant(DemoUser user) {
        return jdbc.sql("select id from participant where subject = ?").param(user.subject()).query(UUID.class)
                .single();
    }

    private long certificates(DemoJob job) {
        return count("select count(*) from certificate where job_id = ?", id(job));
    }

    private long commits(DemoJob job) {
        return count("select count(*) from committee_member where job_id = ? and commit_hash is not null", id(job));
    }

    private long members(DemoJob job) {
        return count("select count(*) from committee_member where job_id = ?", id(job));
    }

    /** What a seeding would add to: every table it writes through the services. */
    private Map<String, Long> footprint() {
        return Map.of(
                "participants", count("select count(*) from participant"),
                "jobs", count("select count(*) from job"),
                "transfers", count("select count(*) from ledger_transfer"),
                "votes", count("select count(*) from committee_member where commit_hash is not null"),
                "disputes", count("select count(*) from dispute"),
                "follow-ups", count("select count(*) from scheduled_tasks where task_name = 'demo-market'"));
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }
}
