package org.agijobs.platform.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.agijobs.platform.errors.UserError;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    record GreetPayload(String greeting, List<UserError> userErrors) {
    }

    @Test
    void aResultBecomesAPayloadWithoutUserErrors() {
        GreetPayload payload = Payloads.of(() -> "hello", GreetPayload::new);

        assertThat(payload).isEqualTo(new GreetPayload("hello", List.of()));
    }

    @Test
    void aRefusalBecomesAUserErrorWithoutResult() {
        GreetPayload payload = Payloads.of(() -> {
            throw new DomainException(ErrorCode.INVALID_INPUT, "input.name", "Too long");
        }, GreetPayload::new);

        assertThat(payload).isEqualTo(new GreetPayload(null,
                List.of(new UserError("input.name", ErrorCode.INVALID_INPUT, "Too long"))));
    }

    @Test
    void aCrashStaysAnException() {
        assertThatThrownBy(() -> Payloads.of(() -> {
            throw new IllegalStateException("bug");
        }, GreetPayload::new)).isInstanceOf(IllegalStateException.class);
    }
}
