package io.colonies.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.colonies.web.colony.ColonyRpc;
import io.colonies.web.cron.CronRpc;
import io.colonies.web.executor.ExecutorRpc;
import io.colonies.web.generator.GeneratorRpc;
import io.colonies.web.rpc.Operation;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.RpcFamily;
import io.colonies.web.server.ServerRpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The converted domains reach their use cases directly: the RPC families register no adapter-side
 * role check, and the REST resources build no RPC message and use no {@code RestOperations}.
 */
class UseCaseAdaptersTest {
    private static final String[] CONVERTED_REST = {"io.colonies.web.rest.colony..", "io.colonies.web.rest.executor..",
        "io.colonies.web.rest.cron..", "io.colonies.web.rest.generator..", "io.colonies.web.rest.server.."};

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.colonies.web");

    @Test
    void convertedFamiliesLeaveTheRoleCheckToTheUseCase() {
        Operations table = new Operations();
        List<RpcFamily> families = List.of(new ColonyRpc(), new ExecutorRpc(), new CronRpc(), new GeneratorRpc(),
                new ServerRpc());
        families.forEach(f -> f.register(table));
        List<String> types = List.of("addcolonymsg", "deletecolonymsg", "renamecolonymsg", "getcoloniesmsg",
                "getcolonymsg", "getcolonystatsmsg", "addexecutormsg", "getexecutorsmsg", "getexecutormsg",
                "approveexecutormsg", "rejectexecutormsg", "deleteexecutormsg", "addfunctionmsg", "getfunctionsmsg",
                "deletefunctionmsg", "addcronmsg", "getcronmsg", "getcronsmsg", "runcronmsg", "deletecronmsg",
                "addgeneratormsg", "getgeneratormsg", "resolvegeneratormsg", "getgeneratorsmsg", "packgeneratormsg",
                "deletegeneratormsg", "versionmsg", "getstatisticsmsg", "getclustermsg");
        assertEquals(types.size(), table.size(), "every message of these families is listed here");
        for (String type : types) {
            Operation<?> op = table.find(type);
            assertNull(op.access(), type + " must check its role in its use case");
        }
    }

    @Test
    void convertedResourcesCallUseCasesNotTheRpcTable() {
        noClasses().that().resideInAnyPackage(CONVERTED_REST)
                .should().dependOnClassesThat().haveSimpleName("RestOperations")
                .orShould().dependOnClassesThat().resideInAPackage("io.colonies.model.rpc..")
                .orShould().dependOnClassesThat().resideInAPackage("io.colonies.web.rpc..")
                .check(WEB);
    }
}
