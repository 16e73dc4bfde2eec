package io.colonies.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The wire model and crypto are shared by server and clients, so they depend on nothing else of ours. */
class SharedModelIndependenceTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.colonies.model");

    @Test
    void sharedModelDependsOnNothingOfOurs() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.colonies.server..", "io.colonies.web..", "io.colonies.client..",
                        "io.colonies.bench..")
                .check(MODEL);
    }
}
