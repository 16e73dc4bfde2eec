package io.colonies.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * REST is not a second copy of RPC: its resources call the ejb use cases directly, never through an
 * RPC message or the RPC operation table.
 */
class UseCaseAdaptersTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.colonies.web");

    @Test
    void restResourcesUseNoRpcMessageOrTable() {
        noClasses().that().resideInAPackage("io.colonies.web.rest..")
                .should().dependOnClassesThat().resideInAPackage("io.colonies.model.rpc..")
                .orShould().dependOnClassesThat().resideInAPackage("io.colonies.web.rpc..")
                .check(WEB);
    }
}
