package io.colonies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.security.PrivateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad spec files are reported in one line with exit code 2, before anything is sent. */
class SpecFileErrorsTest {
    private static final Map<String, String> ENV = Map.of(
            "COLONIES_SERVER_PORT", "1",
            "COLONIES_COLONY_ID", PrivateKey.generate().id(),
            "COLONIES_EXECUTOR_PRVKEY", PrivateKey.generate().hex());

    @TempDir
    Path dir;

    private static void assertOneLineUsageError(CliTestSupport.Result result, String expected) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("Error: "), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingFunctionSpecFile() {
        Path missing = dir.resolve("missing.json");
        assertOneLineUsageError(CliTestSupport.run(ENV, "function", "submit", "--spec", missing.toString()),
                "Spec file not found: " + missing);
    }

    @Test
    void aFunctionSpecThatIsNotJson() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"funcname\": \"echo\",");
        assertOneLineUsageError(CliTestSupport.run(ENV, "function", "submit", "--spec", file.toString()),
                "is not a valid FunctionSpec JSON");
    }

    @Test
    void aFunctionSpecWithoutExecutorType() throws Exception {
        Path file = Files.writeString(dir.resolve("notype.json"), "{\"funcname\": \"echo\"}");
        assertOneLineUsageError(CliTestSupport.run(ENV, "function", "submit", "--spec", file.toString()),
                "conditions.executortype is missing");
    }

    @Test
    void aWorkflowSpecThatIsAnArray() throws Exception {
        Path file = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertOneLineUsageError(CliTestSupport.run(ENV, "workflow", "submit", "--spec", file.toString()),
                "must contain a WorkflowSpec JSON object");
    }

    @Test
    void aWorkflowWithAnUnknownDependency() throws Exception {
        Path file = Files.writeString(dir.resolve("deps.json"), """
                {"functionspecs": [
                  {"nodename": "a", "funcname": "echo", "conditions": {"executortype": "edge"}},
                  {"nodename": "b", "funcname": "echo", "conditions": {"executortype": "edge", "dependencies": ["x"]}}
                ]}
                """);
        assertOneLineUsageError(CliTestSupport.run(ENV, "workflow", "submit", "--spec", file.toString()),
                "node 'b' depends on 'x', which is not a node of the workflow");
    }

    @Test
    void aMissingColonyIdIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.json"),
                "{\"funcname\": \"echo\", \"conditions\": {\"executortype\": \"edge\"}}");
        Map<String, String> env = Map.of("COLONIES_EXECUTOR_PRVKEY", PrivateKey.generate().hex());
        assertOneLineUsageError(CliTestSupport.run(env, "function", "submit", "--spec", file.toString()),
                "COLONIES_COLONY_ID is not set");
    }
}
