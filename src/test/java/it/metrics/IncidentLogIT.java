package it.metrics;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Generator;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incident id of a 5xx reply can be found in the server log (replica A's messages.log), on RPC
 * and on REST, together with the failed operation. Bad input no longer provokes one (a NUL, or a 1 MB
 * idempotency key or cron name, are 400s, asserted here too), so the test installs a real database
 * fault on the IT database: a trigger that raises a (non-transient) error when a process or cron with
 * a marker name is inserted. The server sees a genuine SQL error, as it would from a broken schema.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentLogIT {
    /** The IT database of both replicas (liberty/pom.xml drops it before and after the run). */
    private static final String IT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/colonies_it";
    private static final String FAULT = "incident-it-fault-marker";
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-fA-F-]{8,36})");
    private final Rpc a = Rpc.replicaA();
    private TestExecutor member;
    private TestColony colony;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeAll
    static void installFault() throws SQLException {
        sql("CREATE OR REPLACE FUNCTION incident_it_fault() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF NEW." + "funcname = '" + FAULT + "' THEN RAISE EXCEPTION 'incident-it fault'; END IF;"
                + " RETURN NEW; END $$",
                "CREATE OR REPLACE FUNCTION incident_it_cron_fault() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF NEW.name = '" + FAULT + "' THEN RAISE EXCEPTION 'incident-it fault'; END IF;"
                + " RETURN NEW; END $$",
                "CREATE TRIGGER incident_it_fault BEFORE INSERT ON processes FOR EACH ROW"
                + " EXECUTE FUNCTION incident_it_fault()",
                "CREATE TRIGGER incident_it_cron_fault BEFORE INSERT ON crons FOR EACH ROW"
                + " EXECUTE FUNCTION incident_it_cron_fault()");
    }

    @AfterAll
    static void removeFault() throws SQLException {
        sql("DROP TRIGGER IF EXISTS incident_it_fault ON processes",
                "DROP TRIGGER IF EXISTS incident_it_cron_fault ON crons",
                "DROP FUNCTION IF EXISTS incident_it_fault()", "DROP FUNCTION IF EXISTS incident_it_cron_fault()");
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(IT_DB_URL, "postgres", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @BeforeEach
    void colony() {
        colony = Fixtures.newColony(a);
        member = colony.executor("incident-it");
    }

    @Test
    void aMegabyteIdempotencyKeyCronNameOrGeneratorNameIsA400() {
        SubmitFunctionSpec submit = new SubmitFunctionSpec();
        submit.spec = aSpec().inColony(colony.id()).ofType("incident-it").func("incident").build();
        submit.idempotencykey = randomMegabyte();
        Reply rpc = a.send(submit, member.key());
        assertEquals(400, rpc.status(), rpc::toString);
        assertTrue(rpc.failure().message.contains("idempotencykey"), rpc::toString);

        RestResponse cron = RestClient.replicaA().post("/v1/colonies/" + colony.id() + "/crons",
                aCron(randomMegabyte(), "x"), member.key());
        assertEquals(400, cron.status(), cron::toString);
        assertTrue(cron.problem().getString("detail").contains("cron.name"), cron::toString);

        Generator generator = new Generator();
        generator.name = randomMegabyte();
        generator.colonyid = colony.id();
        generator.trigger = 1;
        generator.workflowspec = aCron("g", "x").workflowspec;
        RestResponse gen = RestClient.replicaA().post("/v1/colonies/" + colony.id() + "/generators", generator,
                member.key());
        assertEquals(400, gen.status(), gen::toString);
        assertTrue(gen.problem().getString("detail").contains("generator.name"), gen::toString);
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
        submit.spec = aSpec().inColony(colony.id()).ofType("incident-it").func(FAULT, "secret-arg-rpc").build();
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
        Cron cron = aCron(FAULT, "secret-arg-rest");
        RestResponse reply = RestClient.replicaA().post("/v1/colonies/" + colony.id() + "/crons", cron, member.key());
        assertEquals(500, reply.status(), () -> "expected a 5xx to look up; got " + reply);
        String instance = reply.problem().getString("instance").replace("urn:uuid:", "");
        awaitLogLine(instance);
        String detailIncident = incidentIn(reply.problem().getString("detail"));
        awaitLogLine(detailIncident);
        assertTrue(log().contains("status=500 incident=" + instance), "the failed route is logged with the problem's id");
        assertTrue(!log().contains("secret-arg-rest"), "process args are never logged");
    }

    private Cron aCron(String name, String arg) {
        Cron cron = new Cron();
        cron.name = name;
        cron.cronexpression = "0 * * * * *";
        cron.interval = -1;
        cron.workflowspec = "{\"colonyid\":\"" + colony.id() + "\",\"functionspecs\":[{\"funcname\":\"report\","
                + "\"args\":[\"" + arg + "\"],\"conditions\":{\"executortype\":\"incident-it\"}}]}";
        return cron;
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
