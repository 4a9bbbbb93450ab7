package org.agijobs.jobs.graphql;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.GraphQlWsSubscriber;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.ProductionApiTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Fan-out of one job event to 1,000 graphql-ws subscribers of {@code myJobEvents}, half on this instance and half on
 * a second one (the production-profile context) on the same database: from sending {@code createJob} (to this
 * instance) until each subscriber receives its JOB_CREATED, one job at a time, 60 rounds after 30 of warm-up. Percentiles are reported separately for the instance that took the mutation and the other
 * one. The subscribers are plain graphql-ws connections ({@link GraphQlWsSubscriber}) that look for the event's
 * type in each message's text: they share the JVM and its two cores with both instances, and a full client
 * decoding every response would take as much of them as the server. Timings are measured, never asserted; run on
 * demand with {@code -Dgroups=benchmark}.
 */
@ApiTest
@Tag("benchmark")
class EventFanOutBenchmark {

    private static final int SUBSCRIBERS = Integer.getInteger("fanout.subscribers", 1000);
    private static final int ROUNDS = Integer.getInteger("fanout.rounds", 60);
    /** The mutation runs once per round: its path needs as many rounds as this to be compiled. */
    private static final int WARM_UP = Integer.getInteger("fanout.warm-up", 30);
    private static final String DOCUMENT = "subscription { myJobEvents { type state job { id } } }";

    @Autowired
    JobsFixture fixture;
    @Autowired
    JobEventStream here;

    @Test
    void oneEventToAThousandSubscribersOnTwoInstances() {
        ApplicationContext there = ProductionInstance.context();
        int otherPort = there.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        JobEventStream thereStream = there.getBean(JobEventStream.class);
        Participant employer = fixture.employer("fanout.employer", "1000000");
        Participant employerThere = there.getBean(Participants.class).withRoles(employer, "employer");

        // One job per round, and the next only once every subscriber has this one: an arrival is the current round's.
        AtomicLong sentAt = new AtomicLong();
        AtomicInteger currentRound = new AtomicInteger();
        Arrivals sameInstance = new Arrivals();
        Arrivals otherInstance = new Arrivals();
        List<Long> answered = new ArrayList<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<String> measuredFailures = new ArrayList<>();
        AtomicInteger arrivals = new AtomicInteger();
        List<GraphQlWsSubscriber> subscribers = new ArrayList<>();
        int beforeHere = here.subscribers();
        int beforeThere = thereStream.subscribers();
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().executor(callbacks).build();
        try {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                boolean local = i % 2 == 0;
                Arrivals latencies = local ? sameInstance : otherInstance;
                subscribers.add(GraphQlWsSubscriber.subscribe(client, local ? fixture.port() : otherPort,
                        local ? employer.token() : employerThere.token(), DOCUMENT, next -> {
                            long now = System.nanoTime();
                            if (next.contains("JOB_CREATED")) {
                                latencies.add(currentRound.get(), now - sentAt.get());
                            }
                            arrivals.incrementAndGet();
                        }, failures::add));
            }
            Awaitility.await("every subscription").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> here.subscribers() - beforeHere + thereStream.subscribers() - beforeThere
                            >= SUBSCRIBERS || !failures.isEmpty());

            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                int expected = arrivals.get() + SUBSCRIBERS;
                currentRound.set(round);
                sentAt.set(System.nanoTime());
                fixture.postJob(employer, "Fan-out " + round, "1");
                if (round >= WARM_UP) {
                    answered.add(System.nanoTime() - sentAt.get());
                }
                Awaitility.await("round " + round).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5))
                        .until(() -> arrivals.get() >= expected || !failures.isEmpty());
            }
        } finally {
            // What fails from here on is the connections being closed, not the measurement.
            measuredFailures.addAll(failures);
            subscribers.forEach(GraphQlWsSubscriber::close);
            // Closing would wait for every connection to end; the measurement is over.
            client.shutdownNow();
            callbacks.shutdownNow();
        }
        measuredFailures.stream().limit(3)
                .forEach(failure -> System.out.println("BENCHMARK fan-out failure: " + failure));

        System.out.printf("BENCHMARK fan-out: %d subscribers (half per instance), %d rounds, failures %d%n",
                SUBSCRIBERS, ROUNDS, measuredFailures.size());
        report("same instance", sameInstance.measured(WARM_UP));
        report("other instance", otherInstance.measured(WARM_UP));
        report("same instance, each round's first arrival", sameInstance.firsts(WARM_UP));
        report("other instance, each round's first arrival", otherInstance.firsts(WARM_UP));
        report("same instance, after the round's first arrival there", sameInstance.afterFirst(WARM_UP));
        report("other instance, after the round's first arrival there", otherInstance.afterFirst(WARM_UP));
        report("createJob answered", answered);
    }

    private static void report(String name, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("BENCHMARK fan-out %s: nothing measured%n", name);
            return;
        }
        System.out.printf("BENCHMARK fan-out %s: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
                sorted.size(), millis(sorted, 0.50), millis(sorted, 0.99), sorted.getLast() / 1e6);
    }

    /**
     * One instance's arrivals by round. After the round's first arrival is the fan-out's own share: what the
     * 1,000th subscriber waits beyond the first, the mutation, its commit and the seal left out.
     */
    private static final class Arrivals {

        private final Map<Integer, List<Long>> byRound = new ConcurrentHashMap<>();

        void add(int round, long nanos) {
            byRound.computeIfAbsent(round, ignored -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        }

        List<Long> measured(int warmUp) {
            return rounds(warmUp).flatMap(List::stream).toList();
        }

        List<Long> firsts(int warmUp) {
            return rounds(warmUp).map(Collections::min).toList();
        }

        List<Long> afterFirst(int warmUp) {
            return rounds(warmUp).flatMap(round -> {
                long first = Collections.min(round);
                return round.stream().map(nanos -> nanos - first);
            }).toList();
        }

        private Stream<List<Long>> rounds(int warmUp) {
            return byRound.entrySet().stream().filter(round -> round.getKey() >= warmUp)
                    .map(round -> List.copyOf(round.getValue()));
        }
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    @ProductionApiTest
    static final class ProductionInstance {

        static ApplicationContext context() {
            return new TestContextManager(ProductionInstance.class).getTestContext().getApplicationContext();
        }
    }
}
