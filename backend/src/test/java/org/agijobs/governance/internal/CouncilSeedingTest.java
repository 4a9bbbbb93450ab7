package org.agijobs.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.governance.CouncilMember;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The council starts as the realm's owners that the configuration lists, and only an empty council is seeded. */
@ApiTest
class CouncilSeedingTest {

    @Autowired
    CouncilSeeding seeding;
    @Autowired
    CouncilStore council;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmptyCouncilIsSeededWithTheRealmsOwnersAndAFullOneIsLeftAlone() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from council_member").update();

            assertThat(seeding.seedIfEmpty()).isTrue();
            assertThat(council.members()).extracting(CouncilMember::username)
                    .containsExactlyInAnyOrder("olivia.owner", "oscar.owner", "otto.owner");
            assertThat(council.members()).extracting(CouncilMember::subject)
                    .contains("a0000000-0000-4000-8000-000000000001");
            assertThat(council.members()).allSatisfy(member -> assertThat(member.addedByProposal()).isNull());
            assertThat(seeding.seedIfEmpty()).isFalse();
            status.setRollbackOnly();
        });
    }
}
