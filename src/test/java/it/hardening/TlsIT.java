package it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.ServerMessages.Version;
import it.cli.Cli;
import it.support.Eventually;
import it.support.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * COLONIES_TLS=true (issue 14): a server of its own (it-tls, production EAR, port 50193, database
 * colonies_tls) started with a self-signed certificate made here by keytool, given as PEM files the
 * way the reference server takes them. The first test starts it with a missing key and expects a
 * refusal; the others share one good start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TlsIT {
    private static final int PORT = 50193;
    private static final String SERVER = "it-tls";
    private static final String DATABASE = "colonies_tls";
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String HTTPS = "https://127.0.0.1:" + PORT;

    private static Path dir;
    private static Path cert;
    private static Path key;
    private static HttpClient trusting;
    private static boolean started;

    @BeforeAll
    static void selfSignedCertificate() throws Exception {
        dir = Files.createTempDirectory("colonies-tls-it");
        Path keystore = dir.resolve("made.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "made-here", "-keypass", "made-here");
        cert = dir.resolve("cert.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(),
                "-storepass", "made-here", "-file", cert.toString());
        KeyStore made = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            made.load(in, "made-here".toCharArray());
        }
        key = dir.resolve("key.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(made.getKey("server", "made-here".toCharArray()).getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Files.delete(keystore); // the server gets the PEM files only
        trusting = client(trustingOnly(cert));
    }

    @AfterAll
    static void stopAndCleanUp() throws Exception {
        server(Map.of(), "stop");
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void aMissingKeyFileStopsTheStartWithAMessageNamingIt() throws Exception {
        Path missing = dir.resolve("no-such-key.pem");
        Map<String, String> env = new java.util.HashMap<>(tlsEnv());
        env.put("COLONIES_TLSKEY", missing.toString());
        int exit = server(env, "start");
        String console = console();
        assertTrue(exit != 0, "server start should fail; console:\n" + console);
        assertTrue(console.contains("Colonies TLS: the server cannot start: COLONIES_TLSKEY: " + missing
                + " does not exist"), console);
        assertThrows(IOException.class, () -> trusting.send(versionRequest(HTTPS), HttpResponse.BodyHandlers.ofString()),
                "nothing listens on the port");
    }

    @Test
    @Order(2)
    void theVersionCallWorksOverHttpsWhenTheCertificateIsTrusted() throws Exception {
        startWithTls();
        HttpResponse<String> response = trusting.send(versionRequest(HTTPS), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        RpcReply reply = WireJson.fromJson(response.body(), RpcReply.class);
        assertFalse(reply.error, response.body());
        SSLSession session = response.sslSession().orElseThrow();
        assertTrue(Set.of("TLSv1.3", "TLSv1.2").contains(session.getProtocol()), session.getProtocol());
        assertEquals(certificate(cert), session.getPeerCertificates()[0], "the server presents the PEM certificate");
        assertEquals(200, trusting.send(HttpRequest.newBuilder(URI.create(HTTPS + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    @Order(3)
    void plainHttpOnThatPortGetsNoAnswerAndAnUntrustingClientRefusesTheCertificate() throws Exception {
        startWithTls();
        HttpClient plain = client(null);
        assertThrows(IOException.class, () -> plain.send(versionRequest("http://127.0.0.1:" + PORT),
                HttpResponse.BodyHandlers.ofString()));
        assertThrows(SSLHandshakeException.class, () -> plain.send(versionRequest(HTTPS),
                HttpResponse.BodyHandlers.ofString()), "the JDK's trust store does not know a self-signed certificate");
    }

    @Test
    @Order(4)
    void subscriptionsUseTheSamePortOverWss() throws Exception {
        startWithTls();
        WebSocket socket = trusting.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("wss://127.0.0.1:" + PORT + "/pubsub"), new WebSocket.Listener() { })
                .get(30, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }

    @Test
    @Order(5)
    void theCliTalksToItWithColoniesTlsAndTheCertificateAsColoniesTlsCa() throws Exception {
        startWithTls();
        Cli cli = new Cli(PORT).with("COLONIES_TLS", "true").with("COLONIES_TLS_CA", cert.toString())
                .with("COLONIES_SERVER_PRVKEY", Keys.SERVER.hex());
        Cli.Result version = cli.run("version");
        assertEquals(0, version.exit(), version.toString());
        assertEquals(HTTPS, version.line("Server:"));

        Cli.Result keys = cli.run("keygen");
        String colonyId = keys.line("Id:");
        Cli.Result added = cli.run("colony", "add", "--name", "over-tls", "--colonyid", colonyId);
        assertEquals(0, added.exit(), added.toString());
        Cli.Result listed = cli.run("colony", "ls");
        assertTrue(listed.exit() == 0 && listed.out().contains("over-tls"), listed.toString());

        Cli.Result untrusted = new Cli(PORT).with("COLONIES_TLS", "true").run("version");
        assertEquals(3, untrusted.exit(), untrusted.toString());
        assertTrue(untrusted.err().contains("COLONIES_TLS_CA"), untrusted.toString());
    }

    private static void startWithTls() throws Exception {
        if (started) {
            return;
        }
        int exit = server(tlsEnv(), "start");
        assertEquals(0, exit, () -> "server start " + SERVER + "; console:\n" + console());
        started = true;
        Eventually.await(Duration.ofSeconds(180), TlsIT::versionAnswers, ok -> ok,
                "the HTTPS server to answer the version call");
    }

    private static boolean versionAnswers() {
        try {
            return trusting.send(versionRequest(HTTPS), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, String> tlsEnv() {
        return Map.of("COLONIES_TLS", "true", "COLONIES_TLSCERT", cert.toString(), "COLONIES_TLSKEY", key.toString(),
                "COLONIES_SERVER_PORT", String.valueOf(PORT), "COLONIES_SERVER_BIND", "127.0.0.1",
                "COLONIES_DB_NAME", DATABASE, "COLONIES_SERVER_ID", Keys.SERVER.id());
    }

    private static HttpRequest versionRequest(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WireJson.toJson(Envelopes.signed(new Version(), null))))
                .build();
    }

    private static HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        return tls == null ? builder.build() : builder.sslContext(tls).build();
    }

    private static SSLContext trustingOnly(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate(pem));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static int server(Map<String, String> env, String action) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wlp().resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(env);
        java.lang.Process run = builder.start();
        assertTrue(run.waitFor(240, TimeUnit.SECONDS), "server " + action + " " + SERVER + " finished");
        return run.exitValue();
    }

    private static String console() {
        try {
            return Files.readString(wlp().resolve("usr/servers/" + SERVER + "/logs/console.log"));
        } catch (IOException e) {
            return "(no console.log: " + e + ")";
        }
    }

    private static Path wlp() {
        return Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        java.lang.Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS) && run.exitValue() == 0, "keytool: " + output);
    }
}
