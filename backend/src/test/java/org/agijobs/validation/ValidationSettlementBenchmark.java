package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.settlement.SettlementFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Throughput of validation and settlement as validators and the scheduler drive them: delivering jobs (each draws
 * a committee and locks three stakes), committing and revealing through GraphQL over HTTP (the last reveal
 * tallies), and settling (every money move of a job in one transaction). Not part of the default test run:
 * {@code ./mvnw -pl migrations,backend verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=ValidationSettlementBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ApiTest
@Tag("benchmark")
class ValidationSettlementBenchmark {

    private static final int JOBS = 60;
    private static final int THREADS = 8;
    /** A seat locks all of its member's free stake until settlement: the 60 jobs open at once need 180 validators. */
    private static final int VALIDATORS = 3 * JOBS;

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;
    @Autowired
    SettlementFixture settlement;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void deliverVoteAndSettle() throws Exception {
        Map<UUID, Participant> pool = validation.pool("bench.validator", VALIDATORS).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Participant employer = jobs.employer("bench.validation.employer", "1000000");
        List<Participant> agents = IntStream.range(0, JOBS / 3).mapToObj(i -> jobs.agent("bench.voter.agent" + i, "100", "AI"))
                .toList();
        List<String> delivered = new ArrayList<>();

        double deliver = timed(IntStream.range(0, JOBS).<Callable<Void>>mapToObj(i -> () -> {
            String job = jobs.postJob(employer, "Bench validation", "100");
            JobsFixture.requireNoErrors(jobs.apply(agents.get(i / 3), job), "applyForJob");
            JobsFixture.requireNoErrors(jobs.submit(agents.get(i / 3), job, "%064x".formatted(i + 1), null), "submitResult");
            synchronized (delivered) {
                delivered.add(job);
            }
            return null;
        }).toList());
        Map<String, List<Participant>> members = delivered.stream().collect(Collectors.toMap(Function.identity(),
                job -> validation.members(job).stream().map(pool::get).toList()));

        double commit = timed(votes(members, (member, job) -> validation.commit(member, job, true), "commitVote"));
        validation.advance(Duration.ofHours(1));
        delivered.forEach(validation::runDeadline);
        double reveal = timed(votes(members, (member, job) -> validation.reveal(member, job, true), "revealVote"));
        validation.advance(Duration.ofDays(1));
        double settle = timed(delivered.stream().<Callable<Void>>map(job -> () -> {
            settlement.settleIfDue(job);
            return null;
        }).toList());

        System.out.printf("BENCHMARK validation: %d jobs, %d threads: deliver (post, apply, submit, draw) %.1f jobs/s; "
                        + "commits %.1f/s; reveals with tally %.1f/s; settlements %.1f/s%n", JOBS, THREADS,
                JOBS / deliver, 3 * JOBS / commit, 3 * JOBS / reveal, JOBS / settle);
        assertThat(delivered).allSatisfy(job -> assertThat(jobs.state(job)).isEqualTo("FINALIZED"));
        validation.requireHealthyLedger();
    }

    private interface Vote {
        org.springframework.graphql.client.ClientGraphQlResponse cast(Participant member, String job);
    }

    private static List<Callable<Void>> votes(Map<String, List<Participant>> members, Vote vote, String mutation) {
        List<Callable<Void>> votes = new ArrayList<>();
        members.forEach((job, committee) -> committee.forEach(member -> votes.add(() -> {
            JobsFixture.requireNoErrors(vote.cast(member, job), mutation);
            return null;
        })));
        return votes;
    }

    private static double timed(List<Callable<Void>> work) throws Exception {
        long began = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }
}
