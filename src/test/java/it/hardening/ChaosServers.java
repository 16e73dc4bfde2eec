package it.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two Liberty servers of their own for {@link ChaosIT}, made from the same Liberty install and EAR as the
 * integration-test replicas but on their own ports and database, so that one of them can be killed with
 * kill -9 without touching the replicas every other IT uses.
 */
final class ChaosServers {
    static final String DATABASE = "colonies_chaos";
    static final String DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final Duration START_LIMIT = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One chaos server: its Liberty name, node name (the lease owner) and URL. */
    record Server(String name, String node, int port) {
        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final Server A = new Server("it-chaos-a", "chaos-a", 50191);
    static final Server B = new Server("it-chaos-b", "chaos-b", 50192);

    private final Path wlp;
    private final Path template;

    ChaosServers() {
        wlp = Path.of(System.getProperty("wlp.home", "target/liberty/wlp")).toAbsolutePath();
        template = Path.of(System.getProperty("colonies.repository.root", ".."), "src/test/liberty/it-chaos")
                .toAbsolutePath();
    }

    /** A fresh database and fresh server directories; leftovers of an aborted run are killed first. */
    void prepare() throws IOException, SQLException {
        for (Server s : List.of(A, B)) {
            pid(s).ifPresent(ChaosServers::killQuietly);
            Path dir = serverDir(s);
            deleteTree(dir);
            Files.createDirectories(dir);
            Files.copy(template.resolve("server.xml"), dir.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(template.resolve("jvm.options"), dir.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
            // Environment variables override the defaultValues of colonies-base.xml (and MicroProfile Config reads them).
            Files.writeString(dir.resolve("server.env"),
                    "COLONIES_SERVER_PORT=" + s.port() + "\nCOLONIES_NODE_NAME=" + s.node() + "\n");
        }
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        // Created here rather than by the first server, so that both may start (and run Flyway) at once.
        admin("CREATE DATABASE " + DATABASE);
    }

    /** Runs {@code server start} and waits until the application answers; returns how long it took. */
    Duration start(Server s) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        java.lang.Process run = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", s.name())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Its exit code is not trusted: `server start` may give up waiting while the server still comes up.
        run.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        long deadline = t0 + START_LIMIT.toNanos();
        while (!answers(s)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(s.name() + " did not answer within " + START_LIMIT + "; see "
                        + serverDir(s).resolve("logs/messages.log"));
            }
            Thread.sleep(200); // polling for the start-up, not waiting for a deadline
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** kill -9 of the server's JVM: no shutdown hook, no lease release, in-flight requests cut. */
    void kill(Server s) {
        ProcessHandle jvm = pid(s).flatMap(ProcessHandle::of)
                .orElseThrow(() -> new AssertionError("no running JVM for " + s.name()));
        jvm.destroyForcibly();
        jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Stops both servers (killing what does not stop) and drops the database; never throws. */
    void cleanUp() {
        for (Server s : List.of(A, B)) {
            try {
                new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", s.name())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(90, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.err.println("stopping " + s.name() + ": " + e);
            }
            pid(s).ifPresent(ChaosServers::killQuietly);
        }
        try {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("dropping " + DATABASE + ": " + e);
        }
    }

    /** Kills both JVMs at once; for a shutdown hook, when the test JVM ends before cleanUp ran. */
    void killAll() {
        for (Server s : List.of(A, B)) {
            pid(s).ifPresent(ChaosServers::killQuietly);
        }
    }

    /** The JVM pid Liberty's launcher writes to {@code usr/servers/.pid/<name>.pid}. */
    Optional<Long> pid(Server s) {
        Path file = wlp.resolve("usr/servers/.pid/" + s.name() + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Path serverDir(Server s) {
        return wlp.resolve("usr/servers/" + s.name());
    }

    static Server other(Server s) {
        return s == A ? B : A;
    }

    static Server byNode(String node) {
        return A.node().equals(node) ? A : B.node().equals(node) ? B : null;
    }

    private static boolean answers(Server s) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "/v1/version"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void killQuietly(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> h).join();
        });
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
