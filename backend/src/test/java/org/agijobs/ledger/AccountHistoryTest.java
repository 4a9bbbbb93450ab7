package org.agijobs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.agijobs.jobs.JobsFixture;
import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** A participant reads the movements of their own accounts, newest first, page by page. */
@ApiTest
class AccountHistoryTest {

    @Autowired
    JobsFixture fixture;

    @Test
    void anEmployerSeesFundingEscrowRefundAndWithdrawalNewestFirstPageByPage() {
        Participant employer = fixture.employer("history.employer", "1000");
        String job = fixture.postJob(employer, "Priced", "100");
        fixture.cancel(employer, job, "not needed");
        var withdrawal = fixture.http(employer).documentName("withdraw").variable("amount", "30").executeSync();
        assertThat(withdrawal.field("withdraw.userErrors").toEntityList(Object.class)).isEmpty();

        var first = history(employer, 3, null);
        List<Map<String, Object>> newest = nodes(first);
        assertThat(newest).extracting(entry -> entry.get("reason")).containsExactly("WITHDRAWAL", "JOB_REFUND",
                "JOB_ESCROW");
        assertThat(newest).extracting(entry -> entry.get("direction")).containsExactly("OUT", "IN", "OUT");
        assertThat(newest).extracting(entry -> entry.get("counterparty")).containsExactly("EXTERNAL", "ESCROW",
                "ESCROW");
        assertThat(newest.get(1).get("reference")).isEqualTo(newest.get(2).get("reference"));
        assertThat(Money.of((String) newest.get(1).get("amount"))).isEqualTo(Money.of((String) newest.get(2).get("amount")));
        assertThat(first.field("myAccountHistory.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();

        var rest = history(employer, 3, first.field("myAccountHistory.pageInfo.endCursor").toEntity(String.class));
        List<Map<String, Object>> older = nodes(rest);
        assertThat(older).singleElement().satisfies(funding -> {
            assertThat(funding.get("direction")).isEqualTo("IN");
            assertThat(Money.of((String) funding.get("amount"))).isEqualTo(Money.of(1000));
        });
        assertThat(rest.field("myAccountHistory.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();
    }

    @Test
    void eachParticipantSeesOnlyTheirOwnWallet() {
        Participant spender = fixture.employer("history.spender", "50");
        fixture.postJob(spender, "Small", "10");
        Participant newcomer = fixture.employer("history.newcomer", "0");

        assertThat(nodes(history(newcomer, 20, null))).isEmpty();
        assertThat(nodes(history(spender, 20, null))).hasSize(2);
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        Participant employer = fixture.employer("history.cursor", "50");
        fixture.postJob(employer, "One", "10");
        fixture.postJob(employer, "Two", "10");
        var jobs = fixture.http(employer).documentName("jobsPage").variable("first", 1).executeSync();
        String jobCursor = jobs.field("jobs.edges[0].cursor").toEntity(String.class);

        var refused = history(employer, 1, jobCursor);

        assertThat(refused.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT"));
    }

    @Test
    void anAgentReadsItsStakeAccountButNoPlatformAccount() {
        Participant agent = fixture.agent("history.agent", "100", "AI");

        var stake = fixture.http(agent).documentName("myAccountHistory").variable("account", "STAKE_AGENT")
                .variable("first", 10).executeSync();
        assertThat(nodes(stake)).singleElement().satisfies(deposit -> {
            assertThat(deposit.get("reason")).isEqualTo("STAKE_DEPOSIT");
            assertThat(deposit.get("direction")).isEqualTo("IN");
            assertThat(deposit.get("counterparty")).isEqualTo("WALLET");
        });

        var treasury = fixture.http(agent).documentName("myAccountHistory").variable("account", "TREASURY")
                .executeSync();
        assertThat(treasury.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("field", "account"));
    }

    private ClientGraphQlResponse history(Participant who, int first, String after) {
        var request = fixture.http(who).documentName("myAccountHistory").variable("first", first);
        if (after != null) {
            request = request.variable("after", after);
        }
        return request.executeSync();
    }

    private static List<Map<String, Object>> nodes(ClientGraphQlResponse response) {
        List<Map<String, Object>> edges = response.field("myAccountHistory.edges").getValue();
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }
}
