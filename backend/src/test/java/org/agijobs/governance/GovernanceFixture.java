package org.agijobs.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agijobs.parameters.Parameter;
import org.agijobs.platform.graphql.GlobalId;
import org.agijobs.support.Participant;
import org.agijobs.support.Participants;
import org.agijobs.support.TestDocuments;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Governance for API tests. The council is one for the whole market, and every test shares one database, so a
 * test seats a council of fresh owners of its own and {@link #restore} puts the seeded council and the touched
 * parameters back afterwards. Proposals of earlier tests may still be open; tests assert only about their own.
 */
public final class GovernanceFixture {

    /** Parameters the governance tests change; restored to their defaults after each test. */
    private static final List<Parameter> TOUCHED = List.of(Parameter.COUNCIL_THRESHOLD, Parameter.TIMELOCK_DELAY,
            Parameter.DISPUTE_REVIEW_PERIOD, Parameter.TERMS_VERSION);

    private final Participants participants;
    private final JdbcClient jdbc;
    private List<Map<String, Object>> seededCouncil = List.of();

    public GovernanceFixture(Participants participants, JdbcClient jdbc) {
        this.participants = participants;
        this.jdbc = jdbc;
    }

    /** Replaces the council with {@code size} fresh owners and sets the threshold; the test's own council. */
    public List<Participant> council(int size, int threshold) {
        seededCouncil = jdbc.sql("select subject, username, added_at, added_by_proposal from council_member")
                .query().listOfRows();
        List<Participant> owners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            owners.add(participants.participant("council" + i + ".owner", "owner"));
        }
        jdbc.sql("delete from council_member").update();
        owners.forEach(owner -> jdbc.sql("""
                insert into council_member (subject, username, added_at) values (:subject, :subject, :at)
                """).param("subject", owner.subject()).param("at", Timestamp.from(Instant.now())).update());
        setDirectly(Parameter.COUNCIL_THRESHOLD, Integer.toString(threshold));
        return owners;
    }

    /** The seeded council and the touched parameters' defaults back, as other tests expect them. */
    public void restore() {
        if (!seededCouncil.isEmpty()) {
            jdbc.sql("delete from council_member").update();
            seededCouncil.forEach(row -> jdbc.sql("""
                    insert into council_member (subject, username, added_at, added_by_proposal)
                    values (:subject, :username, :added_at, :added_by_proposal)
                    """).params(row).update());
        }
        TOUCHED.forEach(parameter -> setDirectly(parameter, parameter.defaultValue()));
    }

    String value(Parameter parameter) {
        return jdbc.sql("select value from parameter where name = :name").param("name", parameter.name())
                .query(String.class).single();
    }

    void setDirectly(Parameter parameter, String value) {
        jdbc.sql("update parameter set value = :value where name = :name").param("value", value)
                .param("name", parameter.name()).update();
    }

    ClientGraphQlResponse propose(Participant owner, String reason, List<Map<String, Object>> actions) {
        return TestDocuments.http(participants.port(), owner.token()).documentName("proposeChange")
                .variable("input", Map.of("reason", reason, "actions", actions)).executeSync();
    }

    /** Proposes and returns the new proposal's global id; the proposal must be accepted. */
    public String proposed(Participant owner, Map<String, Object> action) {
        ClientGraphQlResponse response = propose(owner, "test proposal", List.of(action));
        List<?> errors = response.field("proposeChange.userErrors").toEntity(List.class);
        if (!errors.isEmpty()) {
            throw new AssertionError("proposal refused: " + errors);
        }
        return response.field("proposeChange.proposal.id").toEntity(String.class);
    }

    public ClientGraphQlResponse call(String document, Participant owner, String proposal) {
        return TestDocuments.http(participants.port(), owner.token()).documentName(document)
                .variable("proposal", proposal).executeSync();
    }

    Map<String, Object> proposal(Participant reader, String id) {
        return TestDocuments.http(participants.port(), reader.token()).documentName("proposal").variable("id", id)
                .executeSync().field("proposal").getValue();
    }

    String state(Participant reader, String id) {
        return (String) proposal(reader, id).get("state");
    }

    int proposalsBy(Participant owner) {
        return jdbc.sql("select count(*) from proposal where proposer_subject = :subject")
                .param("subject", owner.subject()).query(Integer.class).single();
    }

    static UUID uuid(String globalId) {
        return GlobalId.decode(globalId).orElseThrow().id();
    }

    public static Map<String, Object> setParameter(Parameter parameter, String value) {
        return Map.of("setParameter", Map.of("parameter", parameter.name(), "value", value));
    }

    static Map<String, Object> addMember(Participant participant) {
        return Map.of("addCouncilMember", Map.of("participant", participant.globalId()));
    }

    static Map<String, Object> removeMember(Participant member) {
        return Map.of("removeCouncilMember", Map.of("subject", member.subject()));
    }

    public static Map<String, Object> blacklist(Participant participant, String reason) {
        return Map.of("blacklist", Map.of("participant", participant.globalId(), "reason", reason));
    }

    static Map<String, Object> unblacklist(Participant participant, String reason) {
        return Map.of("unblacklist", Map.of("participant", participant.globalId(), "reason", reason));
    }

    static Map<String, Object> withdrawTreasury(String amount, String destination) {
        return Map.of("withdrawTreasury", Map.of("amount", amount, "destination", destination));
    }
}
