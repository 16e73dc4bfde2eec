package io.colonies.server.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain packages depend on each other in one direction only: a domain that needs another to react
 * publishes an event or calls an interface the other implements, never back into its caller.
 */
class DomainCyclesTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.colonies.server");

    @Test
    void domainPackagesAreFreeOfCycles() {
        slices().matching("io.colonies.server.(*)..").should().beFreeOfCycles().check(SERVER);
    }
}
