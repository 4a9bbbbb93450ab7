package org.agijobs.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.agijobs.platform.errors.DomainException;
import org.agijobs.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdTest {

    private static final UUID ID = UUID.fromString("0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60");

    @Test
    void anIdRoundTrips() {
        assertThat(GlobalId.decode(GlobalId.of("Job", ID))).contains(new GlobalId("Job", ID));
    }

    /** Each of these names the same job to a lenient decoder; only the one spelling {@code encode} writes is ours. */
    @ParameterizedTest
    @ValueSource(strings = {"Job:0B9F4C3E-8A51-4D6C-9E2F-3C1D2B4A5F60", "Job: 0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60",
            "job:0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60", "Job:0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60:x", "Job:1-2-3-4-5",
            ":0b9f4c3e-8a51-4d6c-9e2f-3c1d2b4a5f60", "not-ours"})
    void anyOtherTextIsNotOurs(String raw) {
        assertThat(GlobalId.decode(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void paddedTooLongOrNonBase64TextIsNotOurs() {
        String id = GlobalId.of("Job", ID);
        assertThat(GlobalId.decode(id + "=")).isEmpty();
        assertThat(GlobalId.decode(Base64.getUrlEncoder().encodeToString(
                ("Job:" + ID).getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(GlobalId.decode("A".repeat(100_000))).isEmpty();
        assertThat(GlobalId.decode("a b")).isEmpty();
        assertThat(GlobalId.decode("")).isEmpty();
    }

    @Test
    void aQueryArgumentRefusesTextThatIsNoIdAndIgnoresAnotherTypesId() {
        assertThat(GlobalId.argument(GlobalId.of("Job", ID), "Job", "id")).contains(ID);
        assertThat(GlobalId.argument(GlobalId.of("Participant", ID), "Job", "id")).isEmpty();
        assertThatThrownBy(() -> GlobalId.argument("x".repeat(10_000), "Job", "id"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.getMessage()).hasSizeLessThan(100);
                });
    }

    @Test
    void anInputFieldKeepsItsNotFound() {
        assertThatThrownBy(() -> GlobalId.require("garbage", "Job", "input.jobId"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("input.jobId");
                });
    }
}
