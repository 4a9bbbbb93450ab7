package org.agijobs.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.agijobs.platform.money.Money;
import org.agijobs.support.ApiTest;
import org.agijobs.support.TestDocuments;
import org.agijobs.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ApiTest
class ParametersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    @Autowired
    Parameters parameters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** The database is shared by every test class: put back whatever a test changed. */
    @AfterEach
    void restoreDefaults() {
        for (Parameter parameter : Parameter.values()) {
            jdbc.sql("""
                    insert into parameter (name, value) values (:name, :value)
                    on conflict (name) do update set value = excluded.value
                    """).param("name", parameter.name()).param("value", parameter.defaultValue()).update();
        }
    }

    @Test
    void theMigrationSeedsEveryParameterWithItsDefault() {
        Map<String, String> stored = jdbc.sql("select name, value from parameter")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(stored).containsAllEntriesOf(Arrays.stream(Parameter.values())
                .collect(java.util.stream.Collectors.toMap(Parameter::name, Parameter::defaultValue)));
    }

    @Test
    void everyDefaultParsesAsItsTypeAndLiesWithinItsBounds() {
        for (Parameter parameter : Parameter.values()) {
            switch (parameter.type()) {
                case MONEY -> assertThat(parameters.money(parameter))
                        .isBetween(Money.of(parameter.min()), Money.of(parameter.max()));
                case BASIS_POINTS -> assertThat(parameters.basisPoints(parameter))
                        .isBetween(Long.parseLong(parameter.min()), Long.parseLong(parameter.max()));
                case INTEGER -> assertThat(parameters.integer(parameter))
                        .isBetween(Long.parseLong(parameter.min()), Long.parseLong(parameter.max()));
                case DURATION -> assertThat(parameters.duration(parameter))
                        .isBetween(Duration.parse(parameter.min()), Duration.parse(parameter.max()));
            }
        }
    }

    @Test
    void readsTheValueGovernanceStoredLast() {
        store(Parameter.FEE_PCT, "250");
        store(Parameter.UNBONDING_PERIOD, "PT36H");
        store(Parameter.MIN_STAKE_AGENT, "150.5");

        assertThat(parameters.basisPoints(Parameter.FEE_PCT)).isEqualTo(250);
        assertThat(parameters.duration(Parameter.UNBONDING_PERIOD)).isEqualTo(Duration.ofHours(36));
        assertThat(parameters.money(Parameter.MIN_STAKE_AGENT)).isEqualTo(Money.of("150.5"));
    }

    @Test
    void readsWithinTheCallersTransaction() {
        Long seen = transactions.execute(status -> {
            store(Parameter.VALIDATORS_PER_JOB, "5");
            long value = parameters.integer(Parameter.VALIDATORS_PER_JOB);
            status.setRollbackOnly();
            return value;
        });

        assertThat(seen).isEqualTo(5);
        assertThat(parameters.integer(Parameter.VALIDATORS_PER_JOB)).isEqualTo(3);
    }

    @Test
    void aMissingRowReadsAsTheDefault() {
        jdbc.sql("delete from parameter where name = 'DISPUTE_FEE'").update();

        assertThat(parameters.money(Parameter.DISPUTE_FEE)).isEqualTo(Money.of(1));
    }

    @Test
    void readingAParameterAsAnotherTypeIsAProgrammingError() {
        assertThatThrownBy(() -> parameters.money(Parameter.FEE_PCT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.duration(Parameter.JOB_STAKE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptStoredValueFailsLoudly() {
        store(Parameter.COMMIT_WINDOW, "one hour");

        assertThatThrownBy(() -> parameters.duration(Parameter.COMMIT_WINDOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMMIT_WINDOW");
    }

    @Test
    void anyRoleReadsEveryParameterWithItsValueDefaultAndBounds() {
        store(Parameter.BURN_PCT, "200");

        var response = TestDocuments.http(port, tokens.issue("parameter.reader", "integrator"))
                .documentName("parameters").executeSync();

        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> listed = response.field("parameters").getValue();
        assertThat(listed).extracting(p -> p.get("name"))
                .containsExactly(Arrays.stream(Parameter.values()).map(Parameter::name).toArray());
        assertThat(listed).filteredOn(p -> "BURN_PCT".equals(p.get("name"))).singleElement()
                .isEqualTo(Map.of("name", "BURN_PCT", "type", "BASIS_POINTS", "value", "200", "defaultValue", "100",
                        "min", "0", "max", "10000"));
    }

    private void store(Parameter parameter, String value) {
        jdbc.sql("update parameter set value = :value, updated_at = now() where name = :name")
                .param("value", value).param("name", parameter.name()).update();
    }
}
