package org.agijobs.parameters.graphql;

import java.util.List;

import org.agijobs.parameters.ParameterService;
import org.agijobs.parameters.ParameterSetting;
import org.agijobs.platform.security.Caller;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ParameterController {

    private final ParameterService parameters;

    ParameterController(ParameterService parameters) {
        this.parameters = parameters;
    }

    @QueryMapping
    List<ParameterSetting> parameters(Caller caller) {
        return parameters.all(caller);
    }
}
