package org.agijobs.portal.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's half of the vote, run in Node (whose WebCrypto is the browsers' API) with a stand-in for the
 * view's {@code $server} and for {@code localStorage}: the hash it commits is the backend's
 * {@code SHA-256(jobId|validatorId|approve|salt)}, the salt never travels with the commit, and the reveal sends
 * the kept vote whose hash the backend recorded. Skipped where there is no Node.
 */
class BrowserVoteTest {

    private static final String JOB = "Sm9iOjQy";
    private static final String VALIDATOR = "UGFydGljaXBhbnQ6Nw==";

    /** Clicks Reject, then Approve (a retry after a lost answer), then Reveal with the first commit's hash. */
    private static final String HARNESS = """
            const fs = require('fs');
            const [commitJs, revealJs, jobId, validatorId] = process.argv.slice(2);
            const store = {};
            globalThis.localStorage = { getItem: k => (k in store ? store[k] : null),
              setItem: (k, v) => { store[k] = String(v); }, removeItem: k => { delete store[k]; } };
            const calls = [];
            const server = new Proxy({}, { get: (_, name) => (...args) => calls.push([name, ...args]) });
            const view = { $server: server };
            const button = () => ({ handlers: [], addEventListener(type, h) { this.handlers.push(h); } });
            const run = (script, ...args) => new Function('$0', '$1', '$2', '$3', fs.readFileSync(script, 'utf8'))
                .call(view, ...args);
            (async () => {
              const reject = button(), approve = button(), reveal = button();
              run(commitJs, reject, jobId, validatorId, false);
              run(commitJs, approve, jobId, validatorId, true);
              await reject.handlers[0]();
              await approve.handlers[0]();
              run(revealJs, reveal, jobId, validatorId, calls[0][2]);
              reveal.handlers[0]();
              console.log(JSON.stringify({ calls, kept: JSON.parse(store['agijobs.vote|' + jobId + '|' + validatorId]) }));
            })();
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeScripts() throws IOException {
        Files.writeString(dir.resolve("commit.js"), BrowserVote.COMMIT_ON_CLICK);
        Files.writeString(dir.resolve("reveal.js"), BrowserVote.REVEAL_ON_CLICK);
        Files.writeString(dir.resolve("harness.js"), HARNESS);
    }

    @Test
    void commitsTheBackendsHashOfAFreshSaltAndRevealsTheVoteThatWasCommitted() throws Exception {
        String output = node();

        // {"calls":[["commit",job,hash],["commit",job,hash],["reveal",job,false,salt]],"kept":[{...},{...}]}
        JsonNode json = JsonMapper.builder().build().readTree(output);
        JsonNode calls = json.get("calls");
        JsonNode kept = json.get("kept");
        assertThat(calls).hasSize(3);
        assertThat(kept).hasSize(2);

        String rejectSalt = kept.get(0).get("salt").asString();
        String approveSalt = kept.get(1).get("salt").asString();
        assertThat(List.of(rejectSalt, approveSalt)).allMatch(salt -> salt.matches("[A-Za-z0-9_-]{32}"));
        assertThat(rejectSalt).isNotEqualTo(approveSalt);

        assertThat(calls.get(0).get(0).asString()).isEqualTo("commit");
        assertThat(calls.get(0).get(1).asString()).isEqualTo(JOB);
        assertThat(calls.get(0).get(2).asString()).isEqualTo(commitHash(JOB, VALIDATOR, false, rejectSalt));
        assertThat(calls.get(0)).hasSize(3);
        assertThat(calls.get(1).get(2).asString()).isEqualTo(commitHash(JOB, VALIDATOR, true, approveSalt));
        assertThat(calls.get(0).toString()).doesNotContain(rejectSalt);
        assertThat(calls.get(1).toString()).doesNotContain(approveSalt);

        assertThat(calls.get(2).get(0).asString()).isEqualTo("reveal");
        assertThat(calls.get(2).get(2).asBoolean()).isFalse();
        assertThat(calls.get(2).get(3).asString()).isEqualTo(rejectSalt);
    }

    /** The backend's CommitHash, restated so the portal need not depend on the backend. */
    private static String commitHash(String job, String validator, boolean approve, String salt) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((job + "|" + validator + "|" + approve + "|" + salt).getBytes(StandardCharsets.UTF_8)));
    }

    private static String node() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("node", dir.resolve("harness.js").toString(),
                    dir.resolve("commit.js").toString(), dir.resolve("reveal.js").toString(), JOB, VALIDATOR)
                    .redirectErrorStream(true).start();
        } catch (IOException noNode) {
            assumeTrue(false, "Node is not installed");
            throw noNode;
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }
}
