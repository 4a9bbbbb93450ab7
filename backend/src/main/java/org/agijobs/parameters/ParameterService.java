package org.agijobs.parameters;

import java.util.Arrays;
import java.util.List;

import org.agijobs.parameters.internal.StoredParameters;
import org.agijobs.platform.security.Authorization;
import org.agijobs.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Governance's read API for people: every parameter's value, default and bounds (DOMAIN.md, Governance). */
@Service
public class ParameterService {

    private final StoredParameters parameters;

    ParameterService(StoredParameters parameters) {
        this.parameters = parameters;
    }

    /** The whole set, in declaration order; readable by anyone with a role. */
    @Transactional(readOnly = true)
    public List<ParameterSetting> all(Caller caller) {
        Authorization.requireSomeRole(caller);
        return Arrays.stream(Parameter.values())
                .map(p -> new ParameterSetting(p.name(), p.type(), parameters.text(p), p.defaultValue(), p.min(), p.max()))
                .toList();
    }
}
