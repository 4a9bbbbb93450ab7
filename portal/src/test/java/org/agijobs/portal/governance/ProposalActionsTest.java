package org.agijobs.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each action is one ProposalActionInput with exactly one field, named as the API and its contract name them. */
class ProposalActionsTest {

    @Test
    void setParameterSendsNameAndValueAsTypedWithoutSurroundingBlanks() {
        assertThat(ProposalActions.setParameter("FEE_PCT", " 700 "))
                .isEqualTo(Map.of("setParameter", Map.of("parameter", "FEE_PCT", "value", "700")));
    }

    @Test
    void councilTermsAndBlacklistActions() {
        assertThat(ProposalActions.addCouncilMember("UGFydGljaXBhbnQ6MQ"))
                .isEqualTo(Map.of("addCouncilMember", Map.of("participant", "UGFydGljaXBhbnQ6MQ")));
        assertThat(ProposalActions.removeCouncilMember("a0000000-0000-4000-8000-000000000003"))
                .isEqualTo(Map.of("removeCouncilMember", Map.of("subject", "a0000000-0000-4000-8000-000000000003")));
        assertThat(ProposalActions.bumpTerms()).isEqualTo(Map.of("bumpTerms", true));
        assertThat(ProposalActions.blacklist("p1", "spam"))
                .isEqualTo(Map.of("blacklist", Map.of("participant", "p1", "reason", "spam")));
        assertThat(ProposalActions.unblacklist("p1", "appeal granted"))
                .isEqualTo(Map.of("unblacklist", Map.of("participant", "p1", "reason", "appeal granted")));
    }

    @Test
    void aTreasuryWithdrawalKeepsTheAmountAsTextSoTheBackendJudgesItsPrecision() {
        assertThat(ProposalActions.withdrawTreasury("1.0000000000000000001", "IBAN DE00"))
                .isEqualTo(Map.of("withdrawTreasury", Map.of("amount", "1.0000000000000000001",
                        "destination", "IBAN DE00")));
    }

    @Test
    void cancelAndSpawnFollowTheSchema() {
        assertThat(ProposalActions.cancelJob("Sm9iOjE", "fraudulent listing"))
                .isEqualTo(Map.of("cancelJob", Map.of("job", "Sm9iOjE", "reason", "fraudulent listing")));
        assertThat(ProposalActions.spawnJob("Audit the ledger", "Line by line", "250",
                Instant.parse("2026-12-10T12:00:00Z")))
                .isEqualTo(Map.of("spawnJob", Map.of("title", "Audit the ledger", "description", "Line by line",
                        "reward", "250", "deadline", "2026-12-10T12:00:00Z")));
    }

    @Test
    void aSpawnedJobSplitsItsSkillsAndSendsTheOptionalFieldsOnlyWhenGiven() {
        assertThat(ProposalActions.spawnJob(new ProposalActions.SpawnDraft("Audit", "", "250",
                Instant.parse("2026-12-10T12:00:00Z"), " java, ledger ,, ", "AI", " UGFydGljaXBhbnQ6MQ ")))
                .isEqualTo(Map.of("spawnJob", Map.of("title", "Audit", "reward", "250",
                        "deadline", "2026-12-10T12:00:00Z", "requiredSkills", List.of("java", "ledger"),
                        "agentTypesAllowed", "AI", "preferredAgent", "UGFydGljaXBhbnQ6MQ")));
    }

    @Test
    void aSpawnedJobWithoutDescriptionLeavesItOutAndAMissingDeadlineIsSentForTheBackendToRefuse() {
        assertThat(ProposalActions.spawnJob("Audit", " ", "250", null))
                .isEqualTo(Map.of("spawnJob", Map.of("title", "Audit", "reward", "250", "deadline", "")));
    }
}
