package org.agijobs;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Business modules talk through each other's APIs and events only; internals stay hidden. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(AgiJobsApplication.class);

    @Test
    void modulesReachNoOtherModulesInternalsAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
