package it.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ServerMessages.Version;
import it.support.Arquillian;
import it.support.Rpc;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production EAR has no /testsupport: no test-support class or module inside it, and deployed on
 * replica A, whose configuration enables clock control (COLONIES_TEST_CLOCK_CONTROL=true), the path is a 404.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionEarIT {
    private final Rpc replicaA = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.productionEar();
    }

    @Test
    void aProductionServerAnswers404AtTestSupportEvenWithClockControlEnabled() {
        assertTrue(replicaA.sendEnvelope(Envelopes.signed(new Version(), null)).ok(), "the application is up");
        assertEquals(404, replicaA.get("/testsupport/state").statusCode());
        assertEquals(404, replicaA.post("/testsupport/clock/offset?seconds=60").statusCode());
        assertEquals(404, replicaA.post("/testsupport/standby?seconds=60").statusCode());
    }

    @Test
    void theProductionEarContainsNoTestSupport() throws IOException {
        List<String> found = testSupportEntries(Arquillian.productionEarFile());
        assertTrue(found.isEmpty(), () -> "test support in the production EAR: " + found);
    }

    @Test
    void theIntegrationTestEarDoesContainIt() throws IOException {
        List<String> found = testSupportEntries(Arquillian.builtEarFile());
        assertFalse(found.isEmpty(), "the check above looks for the right names");
        assertTrue(found.stream().anyMatch(e -> e.endsWith("io/colonies/testsupport/TestSupportResource.class")),
                found::toString);
    }

    /** The integration tests exercise what ships: every module and library of the production EAR. */
    @Test
    void theIntegrationTestEarHoldsEveryProductionModuleAndLibrary() throws IOException {
        Set<String> production = topLevelEntries(Arquillian.productionEarFile());
        Set<String> tested = topLevelEntries(Arquillian.builtEarFile());
        production.removeIf(name -> name.startsWith("META-INF/"));
        assertFalse(production.isEmpty());
        production.removeAll(tested);
        assertTrue(production.isEmpty(), () -> "missing from the integration-test EAR: " + production);
    }

    private static Set<String> topLevelEntries(File archive) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive.toPath()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Every entry, at any depth of nested WARs and JARs, whose path or content names test support. */
    private static List<String> testSupportEntries(File archive) throws IOException {
        assertTrue(archive.isFile(), archive + " exists");
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive.toPath())) {
            scan(new ZipInputStream(in), archive.getName() + "!/", found);
        }
        return found;
    }

    private static void scan(ZipInputStream zip, String prefix, List<String> found) throws IOException {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String name = entry.getName();
            if (name.toLowerCase().contains("testsupport")) {
                found.add(prefix + name);
            }
            if (name.endsWith(".war") || name.endsWith(".jar")) {
                scan(new ZipInputStream(zip), prefix + name + "!/", found);
            } else if (name.endsWith("application.xml")
                    && new String(zip.readAllBytes()).toLowerCase().contains("testsupport")) {
                found.add(prefix + name + " (names a testsupport module)");
            }
        }
    }
}
