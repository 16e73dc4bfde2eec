package it.metrics;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Rpc;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real Prometheus (Debian's package, installed by scripts/ensure-prometheus.sh) scrapes replica A's
 * {@code /metrics} every second; its query API must see a submitted process in the reference gauge
 * {@code colonies_server_processes_waiting} and in our counters.
 */
@ExtendWith(ArquillianExtension.class)
class PrometheusIT {
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String TARGET = "127.0.0.1:50181";

    private final Rpc a = Rpc.replicaA();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path dir;
    private java.lang.Process prometheus;
    private String api;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void startPrometheus() throws IOException {
        Path binary = Stream.of("/usr/bin/prometheus", "/usr/local/bin/prometheus").map(Path::of)
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("prometheus is not installed; run scripts/ensure-prometheus.sh"));
        dir = Files.createTempDirectory("colonies-prometheus-it");
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, String.join("\n",
                "global:",
                "  scrape_interval: 1s",
                "  scrape_timeout: 1s",
                "scrape_configs:",
                "  - job_name: colonies",
                "    metrics_path: /metrics",
                "    static_configs:",
                "      - targets: ['" + TARGET + "']",
                ""));
        int port = freeLoopbackPort();
        api = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder(binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        Eventually.await(LIMIT, () -> status(api + "/-/ready"), s -> s == 200, "Prometheus to be ready");
    }

    @AfterEach
    void stopPrometheus() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(15, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aSubmittedProcessMovesTheWaitingGaugeAndTheCounters() {
        double up = Eventually.await(LIMIT, () -> value("up{instance=\"" + TARGET + "\"}"), v -> v == 1.0,
                "Prometheus to scrape replica A; its log: " + dir.resolve("prometheus.log"));
        assertEquals(1.0, up);
        // The reference name, exactly: a plain gauge, not renamed or suffixed by MicroProfile Metrics.
        double before = Eventually.await(LIMIT, () -> value("colonies_server_processes_waiting"), v -> !v.isNaN(),
                "colonies_server_processes_waiting to be scraped");

        TestColony colony = Fixtures.newColony(a);
        TestExecutor executor = colony.executor("prometheus-it");
        String inColony = "{colony=\"" + colony.id() + "\"}";
        for (int i = 0; i < 3; i++) {
            executor.submit(aSpec().func("echo", i));
        }

        Eventually.await(LIMIT, () -> value("colonies_server_processes_waiting"), v -> v >= before + 3,
                "colonies_server_processes_waiting to rise by 3 from " + before);
        Eventually.await(LIMIT, () -> value("sum(colonies_server_processes_submitted_total" + inColony + ")"),
                v -> v == 3.0, "the submit counter of the colony to reach 3");

        Process assigned = executor.assign(-1);
        assertTrue(executor.close(assigned.processid, "done").ok());
        Eventually.await(LIMIT, () -> value("sum(colonies_server_processes_assigned_total" + inColony + ")"),
                v -> v == 1.0, "the assign counter of the colony to reach 1");
        Eventually.await(LIMIT, () -> value("sum(colonies_server_processes_closed_total{colony=\"" + colony.id()
                        + "\",outcome=\"successful\"})"), v -> v == 1.0, "the successful-close counter to reach 1");
        Eventually.await(LIMIT, () -> value("sum(colonies_server_request_seconds_count{protocol=\"rpc\","
                        + "operation=\"submitfuncspecmsg\"})"), v -> v >= 3.0, "submit requests to be timed");
    }

    /** The value of a single-sample instant query; NaN while Prometheus has no sample yet. */
    private double value(String query) {
        try {
            String url = api + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                return Double.NaN;
            }
            try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
                JsonArray result = reader.readObject().getJsonObject("data").getJsonArray("result");
                if (result.isEmpty()) {
                    return Double.NaN;
                }
                JsonObject sample = result.getJsonObject(0);
                return Double.parseDouble(sample.getJsonArray("value").getString(1));
            }
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
