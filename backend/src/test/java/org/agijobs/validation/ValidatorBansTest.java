package org.agijobs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A validator reads its own bans for silent votes: which job, until when, and whether it still holds. */
@ApiTest
class ValidatorBansTest {

    @Autowired
    JobsFixture jobs;
    @Autowired
    ValidationFixture validation;

    @BeforeEach
    void isolate() {
        validation.isolate();
    }

    @AfterEach
    void cleanUp() {
        validation.cleanUp();
    }

    @Test
    void aSilentCommitteeMemberSeesItsBanUntilItEnds() {
        List<Participant> pool = validation.pool("silent.validator", 3);
        ValidationFixture.Delivered delivered = validation.delivered("silent-job", "100");
        validation.advance(Duration.ofHours(2));
        validation.runDeadline(delivered.job());
        Participant member = pool.getFirst();

        List<Map<String, Object>> bans = bans(member);

        assertThat(bans).singleElement().satisfies(ban -> {
            assertThat(((Map<?, ?>) ban.get("job")).get("id")).isEqualTo(delivered.job());
            assertThat(ban.get("active")).isEqualTo(true);
            assertThat(Instant.parse((String) ban.get("bannedUntil"))).isAfter(jobs.now());
        });

        Instant until = Instant.parse((String) bans.getFirst().get("bannedUntil"));
        validation.advance(Duration.between(jobs.now(), until).plusSeconds(1));
        assertThat(bans(member)).singleElement().satisfies(ban -> assertThat(ban.get("active")).isEqualTo(false));
    }

    @Test
    void onlyValidatorsHaveBansToRead() {
        Participant employer = jobs.employer("bans.employer", "0");

        var refused = jobs.http(employer).documentName("myValidatorBans").executeSync();

        assertThat(refused.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    private List<Map<String, Object>> bans(Participant validator) {
        return jobs.http(validator).documentName("myValidatorBans").executeSync().field("myValidatorBans").getValue();
    }
}
