package org.agijobs.platform.mutation;

import java.util.Optional;
import java.util.function.Supplier;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the effect of a money-moving mutation exactly once per idempotency key (DOMAIN.md, Money): in a new
 * transaction, retried on transient concurrency failures, with the key and the response recorded in that
 * same transaction. See the package documentation for the calling convention.
 */
@Component
public class IdempotentMutations {

    /** The field that a bad or reused key is reported on; every money mutation's input has it. */
    public static final String KEY_FIELD = "input.idempotencyKey";
    public static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecords records;
    private final RequestFingerprint fingerprint;
    private final TransactionTemplate transactions;
    private final RetryTemplate retries;

    IdempotentMutations(IdempotencyRecords records, RequestFingerprint fingerprint,
            PlatformTransactionManager transactionManager) {
        this.records = records;
        this.fingerprint = fingerprint;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.retries = new RetryTemplate(TransientFailures.RETRY_POLICY);
    }

    /**
     * Runs {@code action} once for this caller and key and returns its response; a replay with the same
     * request returns the first response without running the action.
     *
     * @param caller         whose key it is: keys are scoped to the caller's subject
     * @param idempotencyKey the client's key (1 to 255 characters), or null for no replay protection
     * @param request        what the client asked, as a record: its canonical JSON (with its type name)
     *                       identifies the request, so two requests are the same when these are equal
     * @param responseType   the action's result type; it must round-trip through JSON (records do)
     * @param action         the effect; it runs in a new transaction and may run again after a transient
     *                       failure, so it must change nothing outside the database
     * @throws DomainException {@code INVALID_INPUT} for a malformed key, {@code IDEMPOTENCY_KEY_REUSED} for a
     *                         key used before with another request, or whatever the action refused with
     * @throws IllegalStateException when called inside a transaction: a retry could not undo the outer one
     */
    public <T> @Nullable T run(Caller caller, @Nullable String idempotencyKey, Object request, Class<T> responseType,
            Supplier<T> action) {
        validate(idempotencyKey);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("IdempotentMutations.run starts its own transaction: call it outside one");
        }
        if (idempotencyKey == null) {
            return retries.invoke(() -> transactions.execute(status -> action.get()));
        }
        String requestHash = fingerprint.of(request);
        return retries.invoke(() -> transactions.execute(status ->
                once(caller.subject(), idempotencyKey, requestHash, responseType, action)));
    }

    private <T> @Nullable T once(String subject, String key, String requestHash, Class<T> responseType,
            Supplier<T> action) {
        // A concurrent duplicate blocks here on the primary key until the first transaction ends.
        Optional<IdempotencyRecords.Stored> earlier = records.claim(subject, key, requestHash);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, KEY_FIELD,
                        "This idempotency key was already used for a different request");
            }
            return fingerprint.read(earlier.get().response(), responseType);
        }
        T response = action.get();
        records.complete(subject, key, fingerprint.write(response));
        return response;
    }

    private static void validate(@Nullable String key) {
        if (key == null) {
            return;
        }
        if (key.isBlank()) {
            throw new DomainException(ErrorCode.INVALID_INPUT, KEY_FIELD, "The idempotency key must not be blank");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new DomainException(ErrorCode.INVALID_INPUT, KEY_FIELD,
                    "The idempotency key must be at most " + MAX_KEY_LENGTH + " characters");
        }
    }
}
