package org.agijobs.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.agijobs.ledger.AccountRef;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.EmbeddedPostgresDatabase;
import org.agijobs.support.Participant;
import org.agijobs.support.Pgbench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Throughput of the whole create -> apply -> submit path through GraphQL over HTTP, as a third party drives it:
 * three requests per job, each a full mutation with money through the ledger. Not part of the default test run
 * (timings are no assertions): {@code backend/bench/throughput} runs it on a durable database. pgbench runs
 * against the same server before and after, so the ratio of mutations per second to pgbench's transactions per
 * second says what a mutation costs in durable transactions, largely independent of the machine and its load.
 */
@ApiTest
@Tag("benchmark")
class JobLifecycleThroughputBenchmark {

    private static final int JOBS = 600;
    private static final int THREADS = 8;
    /** Each agent holds at most MAX_ACTIVE_JOBS_PER_AGENT (3) jobs in flight; a submitted job still counts. */
    private static final int JOBS_PER_AGENT = 3;

    @Autowired
    JobsFixture fixture;

    @Test
    void createApplySubmitThroughGraphQl() throws Exception {
        Participant employer = fixture.employer("bench.employer", "10000000");
        List<Participant> agents = IntStream.range(0, JOBS / JOBS_PER_AGENT)
                .mapToObj(i -> fixture.agent("bench.agent" + i, "100", "AI")).toList();
        List<Callable<Void>> lifecycles = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            Participant agent = agents.get(i / JOBS_PER_AGENT);
            String hash = "%064x".formatted(i + 1);
            lifecycles.add(() -> {
                String job = fixture.postJob(employer, "Bench job", "10");
                JobsFixture.requireNoErrors(fixture.apply(agent, job), "applyForJob");
                JobsFixture.requireNoErrors(fixture.submit(agent, job, hash, null), "submitResult");
                return null;
            });
        }
        Money walletBefore = fixture.balance(AccountRef.wallet(employer.id()));
        Optional<Pgbench> pgbench = Pgbench.find();
        pgbench.ifPresent(Pgbench::initialize);
        OptionalDouble tpsBefore = pgbench.map(Pgbench::run).orElse(OptionalDouble.empty());

        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (Future<Void> done : pool.invokeAll(lifecycles)) {
                done.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        double mutationsPerSecond = 3 * JOBS / seconds;
        OptionalDouble tpsAfter = pgbench.map(Pgbench::run).orElse(OptionalDouble.empty());

        System.out.printf("BENCHMARK database: %s%n", EmbeddedPostgresDatabase.durabilitySettings());
        System.out.printf("BENCHMARK create->apply->submit: %d jobs, %d threads, %.1f s, %.1f jobs/s, %.1f mutations/s%n",
                JOBS, THREADS, seconds, JOBS / seconds, mutationsPerSecond);
        if (tpsBefore.isPresent() && tpsAfter.isPresent()) {
            double tps = (tpsBefore.getAsDouble() + tpsAfter.getAsDouble()) / 2;
            System.out.printf("BENCHMARK pgbench -c %d -j %d -T %d: %.0f tps before, %.0f tps after, %.0f tps mean%n",
                    Pgbench.CLIENTS, Pgbench.THREADS, Pgbench.SECONDS, tpsBefore.getAsDouble(), tpsAfter.getAsDouble(), tps);
            System.out.printf("BENCHMARK ratio: %.3f mutations per pgbench transaction (%.1f mutations/s / %.0f tps)%n",
                    mutationsPerSecond / tps, mutationsPerSecond, tps);
        }
        // Every job escrowed its reward plus the 5% fee, once.
        assertThat(walletBefore.minus(fixture.balance(AccountRef.wallet(employer.id()))))
                .isEqualTo(Money.of("10.5").basisPoints(10_000L * JOBS));
    }
}
