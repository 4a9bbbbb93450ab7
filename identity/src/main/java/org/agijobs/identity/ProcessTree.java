package org.agijobs.identity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Ends a process together with every process it started, so that no child outlives it. */
public final class ProcessTree {

    /** Keycloak closes its database pool and caches on SIGTERM; a few seconds is normally enough. */
    static final Duration GRACE_PERIOD = Duration.ofSeconds(30);
    private static final Duration FORCED_EXIT_WAIT = Duration.ofSeconds(10);

    private ProcessTree() {
    }

    public static void terminate(ProcessHandle root) {
        terminate(root, GRACE_PERIOD);
    }

    /** Asks the whole tree to stop, then kills what is still alive after {@code gracePeriod}. */
    static void terminate(ProcessHandle root, Duration gracePeriod) {
        // Taken before anything dies: an orphaned child is re-parented and no longer listed as a descendant.
        List<ProcessHandle> tree = withDescendants(root);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, gracePeriod)) {
            return;
        }
        List<ProcessHandle> survivors = Stream.concat(tree.stream(), withDescendants(root).stream())
                .filter(ProcessHandle::isAlive)
                .distinct()
                .toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitExit(survivors, FORCED_EXIT_WAIT);
    }

    private static List<ProcessHandle> withDescendants(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).toList();
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            // No more waiting then: the caller goes on to kill at once, and learns of the interrupt from the flag.
            Thread.currentThread().interrupt();
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        }
    }
}
