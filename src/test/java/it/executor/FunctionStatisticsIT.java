package it.executor;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Function;
import io.colonies.model.core.Process;
import io.colonies.model.rpc.ExecutorMessages.AddFunction;
import io.colonies.model.rpc.ExecutorMessages.GetFunctions;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registered function's statistics (PROTOCOL §6.6) follow its successful runs, closed one by one
 * over RPC or many at once over the REST batch path; a failed run does not count.
 */
@ExtendWith(ArquillianExtension.class)
class FunctionStatisticsIT {
    private static final String TYPE = "stats-it";
    private static final String FUNC = "measured";
    private final Rpc a = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void successfulRunsCountOnBothPathsAndFailuresDoNot() {
        TestColony colony = Fixtures.newColony(a);
        TestExecutor member = colony.executor(TYPE);
        register(member);

        for (int i = 0; i < 2; i++) {
            Process p = run(member);
            assertTrue(member.close(p.processid, "ok").ok());
        }
        Process failed = run(member);
        assertTrue(member.fail(failed.processid, "no").ok());
        Function afterSingles = statistics(member);
        assertEquals(2, afterSingles.counter, "two successful closes, the failure not counted");

        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(run(member).processid);
        }
        StringBuilder body = new StringBuilder("[");
        for (String id : batch) {
            body.append(body.length() > 1 ? "," : "").append("{\"processid\":\"").append(id)
                    .append("\",\"successful\":true,\"out\":[\"ok\"]}");
        }
        RestResponse closed = RestClient.replicaA().send("POST", "/v1/colonies/" + colony.id() + "/processes/closures",
                body.append("]").toString(), member.key());
        assertEquals(200, closed.status(), closed::toString);
        assertEquals(3, closed.body().split("\"status\":200", -1).length - 1, closed::toString);

        Function f = statistics(member);
        assertEquals(5, f.counter, "each process of the batch close counts once");
        assertTrue(f.minexectime > 0 && f.minexectime <= f.maxexectime, () -> "exec min/max " + f.minexectime + "/" + f.maxexectime);
        assertTrue(f.avgexectime >= f.minexectime && f.avgexectime <= f.maxexectime, () -> "exec avg " + f.avgexectime);
        assertTrue(f.minwaittime > 0 && f.minwaittime <= f.maxwaittime, () -> "wait min/max " + f.minwaittime + "/" + f.maxwaittime);
        assertTrue(f.avgwaittime >= f.minwaittime && f.avgwaittime <= f.maxwaittime, () -> "wait avg " + f.avgwaittime);
    }

    private void register(TestExecutor member) {
        AddFunction add = new AddFunction();
        add.fun = new Function();
        add.fun.executorid = member.id();
        add.fun.colonyid = member.colony().id();
        add.fun.funcname = FUNC;
        assertTrue(a.send(add, member.key()).ok());
    }

    private static Process run(TestExecutor member) {
        member.submit(aSpec().func(FUNC));
        return member.assign(5);
    }

    private Function statistics(TestExecutor member) {
        GetFunctions get = new GetFunctions();
        get.executorid = member.id();
        Function[] functions = a.send(get, member.key()).as(Function[].class);
        assertEquals(1, functions.length);
        return functions[0];
    }
}
