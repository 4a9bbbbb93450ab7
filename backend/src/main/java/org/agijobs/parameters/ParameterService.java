package org.agijobs.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.agijobs.parameters.internal.StoredParameters;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parameter registry for people: every parameter's value, default, bounds and last change (DOMAIN.md, Governance). */
@Service
public class ParameterService {

    private final StoredParameters parameters;
    private final ParameterRegistry registry;

    ParameterService(StoredParameters parameters, ParameterRegistry registry) {
        this.parameters = parameters;
        this.registry = registry;
    }

    /** The whole set, in declaration order; readable by anyone with a role. */
    @Transactional(readOnly = true)
    public List<ParameterSetting> all(Caller caller) {
        Authorization.requireSomeRole(caller);
        Map<Parameter, ParameterChange> changes = registry.lastChanges();
        return Arrays.stream(Parameter.values())
                .map(p -> new ParameterSetting(p.name(), p.type(), parameters.text(p), p.defaultValue(),
                        registry.min(p), p.max(), p.description(), changes.get(p)))
                .toList();
    }
}
