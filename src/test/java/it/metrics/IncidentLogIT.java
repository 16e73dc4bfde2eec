package it.metrics;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incident id of a 5xx reply can be found in the server log (replica A's messages.log), on RPC
 * and on REST, together with the failed operation. A NUL in a function name used to provoke the 5xx;
 * since issue 14 it is a 400 (asserted here too). The 5xx now comes from a 1 MB random value in a
 * uniquely indexed column that has no length limit yet: the RPC idempotency key and a cron's name
 * (PostgreSQL refuses a btree row over 8191 bytes), a database error (500). If those ever become a
 * 400, this test says so and needs another way to provoke a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentLogIT {
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-fA-F-]{8,36})");
    private final Rpc a = Rpc.replicaA();
    private TestExecutor member;
    private TestColony colony;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        colony = Fixtures.newColony(a);
        member = colony.executor("incident-it");
    }

    @Test
    void aNulInAFunctionNameIsNoLongerAnIncident() {
        FunctionSpec spec = aSpec().inColony(colony.id()).ofType("incident-it").func("bad\u0000name").build();
        Reply reply = member.submitReply(spec);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.failure().message.contains("spec.funcname"), reply::toString);
    }

    @Test
    void anRpcIncidentIdIsInTheLog() {
        SubmitFunctionSpec submit = new SubmitFunctionSpec();
        submit.spec = aSpec().inColony(colony.id()).ofType("incident-it").func("incident", "secret-arg-rpc").build();
        submit.idempotencykey = randomMegabyte();
        Reply reply = a.send(submit, member.key());
        assertEquals(500, reply.status(), () -> "expected a 5xx to look up; got " + reply);
        String incident = incidentIn(reply.failure().message);
        awaitLogLine(incident);
        assertTrue(log().contains("operation=rpc:submitfuncspecmsg status=500 incident=" + incident),
                "the failed operation is logged with the incident");
        assertTrue(!log().contains("secret-arg-rpc"), "process args are never logged");
    }

    @Test
    void aRestIncidentIdIsInTheLog() {
        Cron cron = new Cron();
        cron.name = randomMegabyte();
        cron.cronexpression = "0 * * * * *";
        cron.interval = -1;
        cron.workflowspec = "{\"colonyid\":\"" + colony.id() + "\",\"functionspecs\":[{\"funcname\":\"report\","
                + "\"args\":[\"secret-arg-rest\"],\"conditions\":{\"executortype\":\"incident-it\"}}]}";
        RestResponse reply = RestClient.replicaA().post("/v1/colonies/" + colony.id() + "/crons", cron, member.key());
        assertEquals(500, reply.status(), () -> "expected a 5xx to look up; got " + reply);
        String instance = reply.problem().getString("instance").replace("urn:uuid:", "");
        awaitLogLine(instance);
        String detailIncident = incidentIn(reply.problem().getString("detail"));
        awaitLogLine(detailIncident);
        assertTrue(log().contains("status=500 incident=" + instance), "the failed route is logged with the problem's id");
        assertTrue(!log().contains("secret-arg-rest"), "process args are never logged");
    }

    /** Random, so that PostgreSQL cannot compress it below the btree row limit. */
    private static String randomMegabyte() {
        StringBuilder text = new StringBuilder(1 << 20);
        while (text.length() < 1 << 20) {
            text.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return text.toString();
    }

    private static String incidentIn(String text) {
        Matcher m = INCIDENT.matcher(text);
        assertTrue(m.find(), () -> "no incident id in: " + text);
        return m.group(1);
    }

    private static String awaitLogLine(String id) {
        return Eventually.await(Duration.ofSeconds(20), () -> log().lines().filter(l -> l.contains(id)).findFirst().orElse(""),
                l -> !l.isEmpty(), "incident " + id + " in " + messagesLog());
    }

    private static Path messagesLog() {
        return Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr", "servers", "it-replica-a", "logs",
                "messages.log");
    }

    private static String log() {
        try {
            return Files.readString(messagesLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
