package org.agijobs.platform.mutation;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Builds mutation payloads ({@code XPayload { <result>, userErrors }}) from a service call: an expected
 * refusal ({@link DomainException}) becomes a {@code userErrors} entry with a null result; any other
 * exception propagates and becomes a GraphQL error (authentication failures, crashes). With a payload record
 * {@code record WithdrawPayload(Receipt receipt, List<UserError> userErrors)}, a mutation is one line:
 * <pre>{@code
 * return Payloads.of(() -> ledger.withdraw(caller, amount, input.idempotencyKey()), WithdrawPayload::new);
 * }</pre>
 */
public final class Payloads {

    private Payloads() {
    }

    public static <T, P> P of(Supplier<? extends T> action, BiFunction<? super @Nullable T, List<UserError>, P> payload) {
        T result;
        try {
            result = action.get();
        } catch (DomainException refused) {
            return payload.apply(null, List.of(UserError.of(refused)));
        }
        return payload.apply(result, List.of());
    }
}
