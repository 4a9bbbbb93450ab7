package org.agijobs.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.agijobs.parameters.ParameterRegistry;
import org.agijobs.parameters.internal.StoredParameters;
import org.junit.jupiter.api.Test;

/** Values change only by an executed proposal: nothing but governance's actions calls the one writer. */
class OnlyGovernanceWritesParametersTest {

    private final JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agijobs");

    @Test
    void onlyGovernanceCallsTheParameterWriter() {
        noClasses().that().resideOutsideOfPackage("org.agijobs.governance..")
                .should().callMethod(ParameterRegistry.class, "set", org.agijobs.parameters.Parameter.class,
                        String.class, java.util.UUID.class, java.time.Instant.class)
                .check(main);
        noClasses().that().resideOutsideOfPackage("org.agijobs.governance..")
                .should().callMethod(ParameterRegistry.class, "seed", org.agijobs.parameters.Parameter.class,
                        String.class, java.time.Instant.class)
                .check(main);
        noClasses().that().doNotHaveFullyQualifiedName(ParameterRegistry.class.getName())
                .should().callMethod(StoredParameters.class, "seed", org.agijobs.parameters.Parameter.class,
                        String.class, java.time.Instant.class)
                .check(main);
        noClasses().that().doNotHaveFullyQualifiedName(ParameterRegistry.class.getName())
                .should().callMethod(StoredParameters.class, "write", org.agijobs.parameters.Parameter.class,
                        String.class, java.util.UUID.class, java.time.Instant.class)
                .check(main);
    }
}
