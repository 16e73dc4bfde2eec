package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import io.colonies.testing.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COLONIES_TLS_CA: the client trusts a self-signed server certificate only when told to. */
class TlsTrustTest {
    @TempDir
    static Path dir;
    static SelfSignedCertificate server;
    static SelfSignedCertificate other;

    @BeforeAll
    static void certificates() throws Exception {
        server = SelfSignedCertificate.create(dir, "server");
        other = SelfSignedCertificate.create(dir, "other");
    }

    @Test
    void theCertificateOfColoniesTlsCaIsTrusted() throws Exception {
        try (FakeColoniesServer https = versionServer()) {
            ColoniesClient client = new ColoniesClient(config(https, server.pem()));
            assertEquals("x", client.version().buildversion);
            assertEquals("https://127.0.0.1:" + https.port(), client.config().baseUrl());
        }
    }

    @Test
    void withoutItTheJvmTrustStoreRefusesASelfSignedCertificateAndTheMessageSaysWhatToSet() throws Exception {
        try (FakeColoniesServer https = versionServer()) {
            ColoniesClient client = new ColoniesClient(config(https, null));
            ServerUnreachableException e = assertThrows(ServerUnreachableException.class, client::version);
            assertTrue(e.getMessage().contains("TLS handshake failed") && e.getMessage().contains("COLONIES_TLS_CA"),
                    e.getMessage());
            assertEquals(0, https.calls().size());
        }
    }

    @Test
    void anotherCertificateIsNotTrusted() throws Exception {
        try (FakeColoniesServer https = versionServer()) {
            ColoniesClient client = new ColoniesClient(config(https, other.pem()));
            assertThrows(ServerUnreachableException.class, client::version);
            assertEquals(0, https.calls().size());
        }
    }

    @Test
    void theRestTransportTrustsItToo() throws Exception {
        try (FakeColoniesServer https = versionServer()) {
            RestTransport rest = new RestTransport(config(https, server.pem()));
            // The fake serves /api only: a 404 is an answer over an accepted TLS connection.
            ProblemException e = assertThrows(ProblemException.class, () -> rest.send("GET", "/v1/version", null, null));
            assertEquals(404, e.status());
        }
    }

    @Test
    void anUnusableCaFileIsASettingError() throws Exception {
        Path missing = dir.resolve("missing.pem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ColoniesClient(new ClientConfig("127.0.0.1", 1, true, missing)));
        assertEquals("COLONIES_TLS_CA: " + missing.toAbsolutePath() + " does not exist", e.getMessage());
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");
        e = assertThrows(IllegalArgumentException.class,
                () -> new ColoniesClient(new ClientConfig("127.0.0.1", 1, true, notPem)));
        assertTrue(e.getMessage().startsWith("COLONIES_TLS_CA: " + notPem.toAbsolutePath() + " holds no"), e.getMessage());
    }

    @Test
    void theCaFileComesFromTheEnvironment() {
        assertEquals(Path.of("/etc/colonies/ca.pem"), ClientConfig.fromEnv(Map.of("COLONIES_TLS", "true",
                "COLONIES_TLS_CA", " /etc/colonies/ca.pem ")).caFile());
        assertEquals(null, ClientConfig.fromEnv(Map.of("COLONIES_TLS", "true")).caFile());
    }

    private static FakeColoniesServer versionServer() throws Exception {
        FakeColoniesServer https = new FakeColoniesServer(server.serverContext());
        https.on("versionmsg", Answer.ok("{\"buildversion\":\"x\",\"buildtime\":\"y\"}"));
        return https;
    }

    private static ClientConfig config(FakeColoniesServer server, Path ca) {
        return new ClientConfig("127.0.0.1", server.port(), true, ca);
    }
}
