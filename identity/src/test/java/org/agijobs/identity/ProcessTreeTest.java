package org.agijobs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    private Process shell;

    @AfterEach
    void killLeftovers() {
        if (shell != null) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    @Test
    void terminateEndsTheProcessAndEveryChild() throws IOException {
        shell = startShell("sleep 600 & sleep 600 & wait");
        List<ProcessHandle> children = awaitChildren(shell, 2);

        ProcessTree.terminate(shell.toHandle());

        assertThat(shell.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void terminateKillsATreeThatIgnoresTheRequestToStop() throws IOException {
        // An ignored signal stays ignored in the children the shell starts.
        shell = startShell("trap '' TERM; sleep 600 & sleep 600; wait");
        List<ProcessHandle> children = awaitChildren(shell, 2);

        ProcessTree.terminate(shell.toHandle(), Duration.ofMillis(300));

        assertThat(shell.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private static Process startShell(String script) throws IOException {
        return new ProcessBuilder("sh", "-c", script).start();
    }

    private static List<ProcessHandle> awaitChildren(Process process, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> children = process.descendants().toList();
        while (children.size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            children = process.descendants().toList();
        }
        assertThat(children).hasSize(count);
        return children;
    }
}
