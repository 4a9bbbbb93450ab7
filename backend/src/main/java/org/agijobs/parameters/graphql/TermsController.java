package org.agijobs.parameters.graphql;

import java.util.List;

import org.agijobs.parameters.TermsService;
import org.agijobs.participants.Participant;
import org.agijobs.platform.errors.UserError;
import org.agijobs.platform.mutation.Payloads;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TermsController {

    private final TermsService terms;

    TermsController(TermsService terms) {
        this.terms = terms;
    }

    record AcknowledgeTermsInput(int version) {
    }

    record AcknowledgeTermsPayload(Participant participant, List<UserError> userErrors) {
    }

    @QueryMapping
    int currentTermsVersion() {
        return terms.currentVersion();
    }

    @MutationMapping
    AcknowledgeTermsPayload acknowledgeTerms(@Argument AcknowledgeTermsInput input, Caller caller) {
        return Payloads.of(() -> terms.acknowledge(caller, input.version()), AcknowledgeTermsPayload::new);
    }
}
