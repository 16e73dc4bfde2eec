package io.colonies.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web adapters see use cases, typed ids and records of the ejb module, never its persistence. */
class AdapterSeamTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.colonies.web");

    @Test
    void webUsesNoRepositoryOrEntity() {
        noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(WEB);
    }
}
