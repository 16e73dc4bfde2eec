package it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Colony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ColonyMessages.GetColonies;
import it.hardening.fuzz.FuzzRequest;
import it.hardening.fuzz.Mutator;
import it.hardening.fuzz.RestFuzz;
import it.hardening.fuzz.RestTemplates;
import it.hardening.fuzz.RpcFuzz;
import it.hardening.fuzz.RpcTemplates;
import it.hardening.fuzz.Sender;
import it.hardening.fuzz.Tally;
import it.hardening.fuzz.Verdicts;
import it.hardening.fuzz.World;
import it.support.Arquillian;
import it.support.Keys;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: a structure-aware fuzzer sends mutated, properly signed requests for every RPC message and
 * every REST operation to replica A, and fails on any 5xx, on a reply that is not a well-formed error
 * envelope or problem+json, and on a server that stops answering (no complete answer within 10 s, or
 * /health not 200 at a check every 250 requests). A request whose pooled connection closes before any
 * answer is sent once more on a new connection and judged by that answer (bounded in number, finding 16
 * of docs/reliability.md). The seed is printed at the start and in every failure; each request's mutations depend only on the seed and its index, so a run replays with
 * {@code -Dcolonies.fuzz.seed=… [-Dcolonies.fuzz.count=…] [-Dcolonies.fuzz.only=index]}.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {
    private static final int COUNT = Integer.getInteger("colonies.fuzz.count", 10_000);
    private static final int THREADS = Integer.getInteger("colonies.fuzz.threads", 3);
    private static final int ROUND = Integer.getInteger("colonies.fuzz.round", 1_000);
    private static final int ONLY = Integer.getInteger("colonies.fuzz.only", -1);
    /** One dropped connection per this many requests is tolerated (plus one); one in 5,000 to 40,000 was seen. */
    private static final int DROPPED_CONNECTION_EVERY = 1_000;
    private static final int HEALTH_EVERY = 250;
    private static final int RPC_SHARE_PERCENT = 55;

    private final Rpc a = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void mutatedSignedRequestsNeverGetA5xxAndTheServerKeepsAnswering() throws Exception {
        long seed = Long.getLong("colonies.fuzz.seed", new SecureRandom().nextLong());
        String replay = "-Dcolonies.fuzz.seed=" + seed + " -Dcolonies.fuzz.count=" + COUNT;
        System.out.println("FuzzIT seed=" + seed + " count=" + COUNT + " threads=" + THREADS + " (replay: " + replay + ")");
        Set<String> coloniesBefore = colonyIds();
        Tally tally = new Tally();
        Sender sender = new Sender(a.baseUrl());
        // 1 MB strings are costly to build, sign and parse: about one request in 150 gets one
        AtomicInteger hugeBudget = new AtomicInteger(Math.max(10, COUNT / 150));
        AtomicBoolean unresponsive = new AtomicBoolean();
        long started = System.nanoTime();
        try {
            for (int from = 0; from < COUNT && !unresponsive.get(); from += ROUND) {
                int to = Math.min(COUNT, from + ROUND);
                if (ONLY >= 0 && (ONLY < from || ONLY >= to)) {
                    continue;
                }
                runRound(seed, from, to, sender, tally, hugeBudget, unresponsive);
            }
        } finally {
            deleteColoniesCreatedSince(coloniesBefore);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FuzzIT seed=" + seed + ": " + tally.summary(millis));
        if (tally.failureCount() > 0) {
            System.out.println("FuzzIT failures (seed " + seed + "):\n" + tally.failures());
        }
        assertEquals(0, tally.failureCount(), () -> "seed " + seed + " (replay: " + replay + "): " + tally.failureCount()
                + " bad answers\n" + tally.failures());
        // an occasional dropped keep-alive connection is HTTP/1.1; a server that drops them often is not well
        long droppedLimit = 1 + tally.sent() / DROPPED_CONNECTION_EVERY;
        assertTrue(tally.droppedCount() <= droppedLimit, "seed " + seed + ": " + tally.droppedCount()
                + " requests answered only on a new connection, more than " + droppedLimit);
        assertTrue(ONLY >= 0 || tally.sent() >= COUNT, "seed " + seed + ": only " + tally.sent() + " of " + COUNT + " sent");
    }

    private void runRound(long seed, int from, int to, Sender sender, Tally tally, AtomicInteger hugeBudget,
                          AtomicBoolean unresponsive) throws InterruptedException {
        World world = new World(a);
        long offset = RestClient.replicaA().serverNowSeconds() - System.currentTimeMillis() / 1000;
        Mutator mutator = new Mutator(world.foreignIds, hugeBudget);
        RpcFuzz rpc = new RpcFuzz(mutator);
        RestFuzz rest = new RestFuzz(mutator, offset);
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    for (int i; !unresponsive.get() && (i = next.getAndIncrement()) < to; ) {
                        if (ONLY < 0 || i == ONLY) {
                            fuzzOne(seed, i, world, rpc, rest, sender, tally, unresponsive);
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "round did not end");
            world.delete();
        }
        String health = sender.healthProblem();
        if (health != null) {
            tally.fail("seed " + seed + " after round " + from + "-" + to + ": " + health);
            unresponsive.set(true);
        }
    }

    private static void judge(long seed, FuzzRequest request, Sender.Answer answer, Tally tally) {
        tally.record(request, answer.status());
        String problem = Verdicts.problem(request, answer);
        if (problem != null) {
            tally.fail("seed " + seed + " " + problem + ": " + request.describe() + "\n    reply: " + answer.status()
                    + " " + answer.contentType() + " " + Verdicts.abbreviated(answer.body(), 400));
        }
    }

    private static void fuzzOne(long seed, int index, World world, RpcFuzz rpc, RestFuzz rest, Sender sender, Tally tally,
                                AtomicBoolean unresponsive) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        FuzzRequest request = null;
        try {
            // built inside the try: a generator bug must be reported, not end this thread's share of the round
            request = r.nextInt(100) < RPC_SHARE_PERCENT ? rpc.next(index, world, r) : rest.next(index, world, r);
            Sender.Answer answer;
            try {
                answer = sender.send(request);
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException e) {
                // HTTP/1.1 keep-alive: a pooled connection the server closes as the client reuses it fails
                // with no answer at all, which no client can tell from a crash but by trying again. Once on
                // a connection of its own; a request that really breaks connections fails there too.
                answer = sender.sendOnANewConnection(request);
                tally.dropped("#" + index + " (" + e + "), then " + answer.status() + ": " + request.describe());
            }
            judge(seed, request, answer, tally);
        } catch (HttpTimeoutException e) {
            tally.fail("seed " + seed + " server stopped answering (" + e.getMessage() + "): " + request.describe());
            unresponsive.set(true);
        } catch (IOException e) {
            tally.fail("seed " + seed + " connection failed, on a new connection too (" + e + "): " + request.describe());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            tally.fail("seed " + seed + " the fuzzer failed (" + e + " at " + Arrays.stream(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("it.")).limit(4).toList()
                    + ") on #" + index + (request == null ? " while building it" : ": " + request.describe()));
        }
        if (index % HEALTH_EVERY == 0) {
            String health = sender.healthProblem();
            if (health != null) {
                tally.fail("seed " + seed + " at #" + index + ": " + health);
                unresponsive.set(true);
            }
        }
    }

    /** The fuzzer covers what the server offers: every registered RPC message has a template. */
    @Test
    void everyRpcMessageTheServerRegistersHasATemplate() throws IOException {
        Path web = Path.of(System.getProperty("colonies.repository.root", ".."), "web", "src", "main", "java");
        Pattern registration = Pattern.compile("ops\\.add\\(\"(\\w+)\"");
        Set<String> registered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(web)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Rpc.java")).toList()) {
                Matcher m = registration.matcher(Files.readString(file));
                while (m.find()) {
                    registered.add(m.group(1));
                }
            }
        }
        Set<String> templates = RpcTemplates.all().stream().map(RpcTemplates.Template::type)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(registered.size() > 40, "found the registrations: " + registered);
        assertEquals(registered, templates);
    }

    /** ... and every operation of the OpenAPI document has one. */
    @Test
    void everyRestOperationOfTheOpenApiDocumentHasATemplate() {
        RestResponse response = RestClient.replicaA().unsigned("GET", "/openapi", Map.of("Accept", "application/json"));
        JsonObject paths = Json.createReader(new StringReader(response.body())).readObject().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            if (path.getKey().startsWith("/v1")) {
                for (String method : path.getValue().asJsonObject().keySet()) {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        documented.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]*}", "{}"));
                    }
                }
            }
        }
        Set<String> templates = RestTemplates.all().stream().map(t -> t.name().replaceAll("\\{[^}]*}", "{}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, templates);
    }

    private Set<String> colonyIds() {
        Colony[] colonies = a.send(new GetColonies(), Keys.SERVER).as(Colony[].class);
        return colonies == null ? new HashSet<>()
                : Arrays.stream(colonies).map(c -> c.colonyid).collect(Collectors.toCollection(HashSet::new));
    }

    /** Mutated add-colony requests that were valid after all created colonies: remove them with all they hold. */
    private void deleteColoniesCreatedSince(Set<String> before) {
        List<String> created = colonyIds().stream().filter(id -> !before.contains(id)).toList();
        for (String id : created) {
            DeleteColony delete = new DeleteColony();
            delete.colonyid = id;
            a.send(delete, Keys.SERVER);
        }
        System.out.println("FuzzIT removed " + created.size() + " colonies it created");
    }
}
