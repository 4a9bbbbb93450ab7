package org.agijobs.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * What Spring GraphQL's per-field timer ({@code graphql.datafetcher}, only non-trivial fetchers: the controllers'
 * {@code @SchemaMapping}s and {@code @BatchMapping}s) costs a read: a page of 100 jobs with the fields a job list
 * shows, in rounds that alternate every field timed, only the operation's root fields timed (the default, see
 * {@code platform.FieldTimingConfiguration}) and none, in one JVM so that the machine's load falls on all three
 * alike; CPU per request is the steadier figure on a shared machine. Not part of the default test run (timings are
 * no assertions); nested timers must be switched on for the first mode to mean anything: {@code -Dgroups=benchmark
 * -DexcludedGroups=none -Dtest=FieldObservationBenchmark -Dagijobs.metrics.graphql-nested-field-timers=true}.
 */
@ApiTest
@Tag("benchmark")
class FieldObservationBenchmark {

    private static final int JOBS = 100;
    private static final int THREADS = 4;
    private static final int REQUESTS = 150;
    private static final int ROUNDS = 10;
    private static final String PAGE = """
            { jobs(first: 100) { edges { cursor node {
                id title reward fee escrow state energyBudget computeBudget createdAt
                employer { id } agent { id } } } } }
            """;

    enum Timing { ALL_FIELDS, ROOT_FIELDS, NONE }

    private static volatile Timing timing = Timing.ALL_FIELDS;

    @Autowired
    JobsFixture jobs;
    @Autowired
    ObservationRegistry observations;
    @Autowired
    MeterRegistry meters;

    /** One mode's round: wall-clock throughput, the JVM's CPU per request, field timings per request. */
    record Round(double perSecond, double cpuMillis, double timedFields) {
    }

    @Test
    void aPageOfJobsWithAndWithoutFieldTimers() throws Exception {
        BiPredicate<String, Observation.Context> predicate = (name, context) -> !"graphql.datafetcher".equals(name)
                || switch (timing) {
                    case ALL_FIELDS -> true;
                    case ROOT_FIELDS -> context instanceof DataFetcherObservationContext fetch
                            && fetch.getEnvironment().getExecutionStepInfo().getPath().getLevel() == 1;
                    case NONE -> false;
                };
        observations.observationConfig().observationPredicate(predicate::test);
        Participant employer = jobs.employer("fieldbench.employer", "100000");
        for (int i = 0; i < JOBS; i++) {
            jobs.postJob(employer, "Field bench " + i, "10");
        }
        Participant reader = jobs.participant("fieldbench.reader", "0", "integrator");
        for (Timing warm : Timing.values()) {
            timing = warm;
            run(reader, REQUESTS / 2);
        }
        Map<Timing, List<Round>> rounds = new java.util.EnumMap<>(Timing.class);
        for (int round = 0; round < ROUNDS; round++) {
            for (Timing measured : Timing.values()) {
                timing = measured;
                rounds.computeIfAbsent(measured, key -> new ArrayList<>()).add(run(reader, REQUESTS));
            }
        }
        timing = Timing.ALL_FIELDS;
        rounds.forEach((measured, results) -> System.out.printf(
                "BENCHMARK %s: page of %d jobs, %d threads, %d x %d requests: median %.1f requests/s (rounds %s),"
                        + " median %.2f ms CPU per request, %.0f timed fields per request%n",
                measured, JOBS, THREADS, ROUNDS, REQUESTS, median(results.stream().mapToDouble(Round::perSecond)),
                results.stream().map(r -> "%.0f".formatted(r.perSecond())).toList(),
                median(results.stream().mapToDouble(Round::cpuMillis)), results.getFirst().timedFields()));
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private long timedFields() {
        return meters.find("graphql.datafetcher").timers().stream().mapToLong(Timer::count).sum();
    }

    private Round run(Participant reader, int requests) throws Exception {
        List<Callable<Void>> reads = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            reads.add(() -> {
                var response = jobs.http(reader).document(PAGE).executeSync();
                assertThat(response.getErrors()).isEmpty();
                return null;
            });
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long fieldsBefore = timedFields();
        long cpuBefore = os.getProcessCpuTime();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (Future<Void> done : pool.invokeAll(reads)) {
                done.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Round(requests / seconds, (os.getProcessCpuTime() - cpuBefore) / 1e6 / requests,
                (double) (timedFields() - fieldsBefore) / requests);
    }
}
