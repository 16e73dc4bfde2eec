package it.metrics;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.security.RestSignature;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.RestClient;
import it.support.Rpc;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/monitoring.md names every metric of ours that a replica exposes: after the calls that register
 * the lazily created ones (submit, assign, close, REST and RPC requests, a bad signature, a replay),
 * each {@code colonies_server_*} family of a real {@code /metrics} scrape must appear in the page.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsDocumentedIT {
    /** A family from its TYPE line; a timer's _max gauge belongs to the timer's row. */
    private static final Pattern FAMILY = Pattern.compile("^# TYPE (colonies_server_\\w+?)(_max)? \\w+$",
            Pattern.MULTILINE);

    private final Rpc a = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void everyExposedFamilyIsInTheMonitoringPage() throws IOException {
        String type = "metrics-doc-" + UUID.randomUUID().toString().substring(0, 8);
        TestExecutor member = Fixtures.newColony(a).executor(type);
        member.submit(aSpec().ofType(type));
        Process running = member.assign(5);
        assertTrue(member.close(running.processid).ok());
        assertEquals(200, rest.get("/v1/whoami", Keys.SERVER).status());
        RestSignature.Headers once = rest.sign("GET", "/v1/whoami", null, Keys.SERVER);
        assertEquals(200, rest.sendSigned("GET", "/v1/whoami", null, once).status());
        assertEquals(401, rest.sendSigned("GET", "/v1/whoami", null, once).status(), "a replay");
        assertEquals(401, rest.sendSigned("GET", "/v1/whoami", null,
                new RestSignature.Headers("00".repeat(65), once.timestamp(), RestSignature.newNonce())).status());

        HttpResponse<String> scrape = a.get("/metrics");
        assertEquals(200, scrape.statusCode());
        Set<String> exposed = new TreeSet<>();
        Matcher m = FAMILY.matcher(scrape.body());
        while (m.find()) {
            exposed.add(m.group(1));
        }
        assertTrue(exposed.size() >= 15, "the calls above register at least 15 families: " + exposed);

        Path root = Path.of(System.getProperty("colonies.repository.root", ".."));
        String page = Files.readString(root.resolve("docs/monitoring.md"));
        Set<String> missing = new TreeSet<>();
        for (String family : exposed) {
            // a counter's TYPE line may name it with or without the _total of its samples
            if (!page.contains("`" + family + "`") && !page.contains("`" + family + "{")
                    && !page.contains("`" + family + "_total`")) {
                missing.add(family);
            }
        }
        assertTrue(missing.isEmpty(), "docs/monitoring.md does not list " + missing);
    }
}
