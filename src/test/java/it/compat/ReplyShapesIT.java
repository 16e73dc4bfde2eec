package it.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.CronMessages.GetCrons;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import io.colonies.model.rpc.ExecutorMessages.GetExecutors;
import io.colonies.model.rpc.ProcessMessages.GetProcessHistory;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Empty list replies are {@code null} on /api, as the reference's nil slices (issue 10, part 2); REST keeps []. */
@ExtendWith(ArquillianExtension.class)
class ReplyShapesIT {
    private final Rpc a = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void executorsAfterTheLastWasDeletedAreNull() {
        TestColony colony = Fixtures.newColony(a);
        TestExecutor only = colony.executor("lonely");
        GetExecutors list = new GetExecutors();
        list.colonyid = colony.id();
        assertTrue(a.send(list, colony.key()).json().startsWith("["), "one executor is a list");
        DeleteExecutor delete = new DeleteExecutor();
        delete.executorid = only.id();
        assertTrue(a.send(delete, colony.key()).ok());
        assertNullPayload(a.send(list, colony.key()));
        assertEquals("[]", RestClient.replicaA().get("/v1/colonies/" + colony.id() + "/executors", colony.key()).body()
                .replace(" ", ""), "REST keeps []");
    }

    @Test
    void everyEmptyListingIsNull() {
        TestColony colony = Fixtures.newColony(a);
        TestExecutor member = colony.executor("shapes");
        GetProcesses processes = new GetProcesses();
        processes.colonyid = colony.id();
        processes.state = ProcessState.RUNNING;
        processes.count = 10;
        assertNullPayload(a.send(processes, member.key()));
        GetProcessHistory history = new GetProcessHistory();
        history.colonyid = colony.id();
        history.seconds = 60;
        history.state = ProcessState.SUCCESS;
        assertNullPayload(a.send(history, member.key()));
        GetProcessGraphs graphs = new GetProcessGraphs();
        graphs.colonyid = colony.id();
        graphs.count = 10;
        graphs.state = ProcessState.WAITING;
        assertNullPayload(a.send(graphs, member.key()));
        GetCrons crons = new GetCrons();
        crons.colonyid = colony.id();
        crons.count = 10;
        assertNullPayload(a.send(crons, member.key()));

        RestResponse page = RestClient.replicaA().get("/v1/colonies/" + colony.id() + "/processes?state=1", member.key());
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().replace(" ", "").contains("\"items\":[]"), "REST pages keep []: " + page);
    }

    private static void assertNullPayload(Reply reply) {
        assertTrue(reply.ok(), reply::toString);
        assertEquals("null", reply.json(), reply::toString);
    }
}
