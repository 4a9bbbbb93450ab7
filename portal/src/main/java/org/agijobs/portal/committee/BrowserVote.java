package org.agijobs.portal.committee;

/**
 * The scripts that keep a vote in the browser until its reveal (DOMAIN.md, Validation): the browser draws the
 * salt, computes {@code SHA-256(jobId|validatorId|approve|salt)} as lowercase hex exactly as the backend's
 * {@code CommitHash} does, keeps vote and salt in {@code localStorage}, and hands the server only the hash. Each
 * script runs with {@code this} bound to the view's element, whose {@code $server} reaches its
 * {@code @ClientCallable} methods.
 *
 * <p>Every attempt is kept, not just the last, and the reveal picks the one whose hash the backend recorded: a
 * second click after a lost answer must never overwrite the salt of a commit that did reach the server.
 */
final class BrowserVote {

    /** 32 characters from a 64-letter alphabet: {@code b % 64} of a random byte is uniform. */
    static final String SALT_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    static final int SALT_LENGTH = 32;

    private static final String STORAGE_KEY = "const key = 'agijobs.vote|' + jobId + '|' + validatorId;\n";

    /** Parameters: $0 the button, $1 the job's global id, $2 the validator's global id, $3 the vote. */
    static final String COMMIT_ON_CLICK = """
            const view = this, button = $0, jobId = $1, validatorId = $2, approve = $3;
            """ + STORAGE_KEY + """
            button.addEventListener('click', async () => {
              try {
                const alphabet = '%s';
                const salt = Array.from(crypto.getRandomValues(new Uint8Array(%d)), b => alphabet[b %% 64]).join('');
                const text = jobId + '|' + validatorId + '|' + (approve ? 'true' : 'false') + '|' + salt;
                const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
                const hash = Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
                const kept = JSON.parse(localStorage.getItem(key) || '[]');
                kept.push({ approve: approve, salt: salt, hash: hash });
                localStorage.setItem(key, JSON.stringify(kept));
                view.$server.commit(jobId, hash);
              } catch (e) {
                view.$server.browserFailed(String((e && e.message) || e));
              }
            });
            """.formatted(SALT_ALPHABET, SALT_LENGTH);

    /** Parameters: $0 the button, $1 the job's global id, $2 the validator's global id, $3 the recorded hash. */
    static final String REVEAL_ON_CLICK = """
            const view = this, button = $0, jobId = $1, validatorId = $2, committedHash = $3;
            """ + STORAGE_KEY + """
            button.addEventListener('click', () => {
              let kept = [];
              try {
                kept = JSON.parse(localStorage.getItem(key) || '[]');
              } catch (e) {
                kept = [];
              }
              const vote = kept.find(v => v.hash === committedHash);
              if (vote) {
                view.$server.reveal(jobId, vote.approve, vote.salt);
              } else {
                view.$server.voteNotInThisBrowser(jobId);
              }
            });
            """;

    /** Parameters: $0 the job's global id, $1 the validator's global id. After the reveal the salt is public. */
    static final String FORGET = """
            const jobId = $0, validatorId = $1;
            """ + STORAGE_KEY + """
            localStorage.removeItem(key);
            """;

    private BrowserVote() {
    }
}
