package io.colonies.client.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.executor.ProcessFailedException;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFunctionTest {

    private static Process process(String argsJson) {
        Process p = new Process();
        p.processid = "p1";
        p.spec.funcname = "sh";
        p.spec.args = WireJson.fromJson(argsJson, List.class);
        p.spec.env.put("GREETING", "hi");
        return p;
    }

    @Test
    void argsArrivePositionallyAndNeverAsShellText() throws Exception {
        ShellFunction f = new ShellFunction("greet", "printf '%s %s' \"$GREETING\" \"$1\"");
        assertEquals(List.of("hi $(echo injected)"), f.handle(process("[\"$(echo injected)\"]")));
    }

    @Test
    void aJsonArrayOnStdoutIsTheOutput() throws Exception {
        ShellFunction f = new ShellFunction("nums", "echo '[1, 2]'");
        assertEquals("[1,2]", WireJson.toJson(f.handle(process("[]"))));
    }

    @Test
    void aNonZeroExitFailsWithStderr() {
        ShellFunction f = new ShellFunction("broken", "echo oops >&2; exit 3");
        ProcessFailedException e = assertThrows(ProcessFailedException.class, () -> f.handle(process("[]")));
        assertTrue(e.getMessage().contains("exited with code 3: oops"), e.getMessage());
    }
}
