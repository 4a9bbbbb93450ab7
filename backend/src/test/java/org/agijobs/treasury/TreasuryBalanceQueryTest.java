package org.agijobs.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import org.agijobs.ledger.AccountRef;
import org.agijobs.ledger.Ledger;
import org.agijobs.ledger.LedgerReason;
import org.agijobs.platform.money.Money;
import org.agijobs.platform.security.Role;
import org.agijobs.support.ApiTest;
import org.agijobs.support.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.support.TransactionTemplate;

/** The treasury's balance, as the owners' console shows it next to a withdrawal proposal. */
@ApiTest
class TreasuryBalanceQueryTest {

    @Autowired
    TreasuryFixture fixture;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theBalanceIsWhatTheTreasuryAccountHolds() {
        Participant owner = fixture.person("treasury.reader", "owner");
        Money before = Money.of(balance(owner));

        transactions.executeWithoutResult(status -> ledger.transfer(AccountRef.EXTERNAL, AccountRef.TREASURY,
                Money.of("2.000000000000000001"), LedgerReason.TREASURY_CREDIT, null));

        assertThat(Money.of(balance(owner))).isEqualTo(before.plus(Money.of("2.000000000000000001")));
        assertThat(Money.of(balance(owner))).isEqualTo(fixture.balance(AccountRef.TREASURY));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesIt(Role role) {
        var response = query(fixture.person("treasury.any." + role.realmRoleName(), role.realmRoleName()));

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("treasuryBalance").toEntity(String.class)).matches("\\d+(\\.\\d{1,18})?");
    }

    @Test
    void aTokenWithoutPlatformRolesIsRefused() {
        var response = query(fixture.person("treasury.none", "offline_access"));

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    private String balance(Participant reader) {
        return query(reader).field("treasuryBalance").toEntity(String.class);
    }

    private ClientGraphQlResponse query(Participant reader) {
        return fixture.graphQl(reader.token()).documentName("treasuryBalance").executeSync();
    }
}
