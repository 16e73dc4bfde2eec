package io.colonies.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsSetupTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path server;

    @Test
    void tlsOffWritesNothingAndRemovesWhatAnEarlierStartWithTlsLeft() throws Exception {
        assertNull(TlsSetup.apply(Map.of(), server, server, NOW));
        assertFalse(Files.exists(server.resolve(TlsSetup.DROPIN)));

        assertTrue(TlsSetup.apply(on("rsa.crt", "rsa-pkcs1.key"), server, server, NOW).startsWith("Colonies TLS"));
        assertTrue(Files.exists(server.resolve(TlsSetup.DROPIN)));
        assertNull(TlsSetup.apply(Map.of("COLONIES_TLS", "false"), server, server, NOW));
        assertFalse(Files.exists(server.resolve(TlsSetup.DROPIN)));
        assertFalse(Files.exists(server.resolve(TlsSetup.KEYSTORE)));
    }

    @Test
    void tlsOnWritesAKeystoreThatTheDropinOpens() throws Exception {
        Path output = Files.createDirectories(server.resolve("output"));
        String line = TlsSetup.apply(on("leaf-chain.crt", "leaf.key"), server, output, NOW);
        assertTrue(line.contains("CN=leaf") && line.contains("2 in the chain"), line);

        String dropin = Files.readString(server.resolve(TlsSetup.DROPIN));
        assertTrue(dropin.contains("<include location=\"${shared.config.dir}/colonies-tls.xml\"/>"), dropin);
        Path keystore = output.resolve(TlsSetup.KEYSTORE);
        assertEquals(keystore.toString(), variable(dropin, "colonies.tls.keystore"));
        KeyStore store = load(keystore, variable(dropin, "colonies.tls.keystore.password"));
        Certificate[] chain = store.getCertificateChain(TlsSetup.ALIAS);
        assertEquals(2, chain.length);
        assertArrayEquals(PemFiles.certificates(PemFilesTest.pem("leaf-chain.crt"), "C").get(1).getEncoded(),
                chain[1].getEncoded());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(server.resolve(TlsSetup.DROPIN))));
    }

    @Test
    void everyStartGetsANewKeystorePassword() throws Exception {
        TlsSetup.apply(on("ec.crt", "ec-sec1.key"), server, server, NOW);
        String first = variable(Files.readString(server.resolve(TlsSetup.DROPIN)), "colonies.tls.keystore.password");
        TlsSetup.apply(on("ec.crt", "ec-sec1.key"), server, server, NOW);
        String second = variable(Files.readString(server.resolve(TlsSetup.DROPIN)), "colonies.tls.keystore.password");
        assertFalse(first.equals(second));
        assertTrue(first.length() >= 32);
    }

    /** The keystore really serves a handshake that a client trusting only the PEM certificate accepts. */
    @Test
    void aClientTrustingThePemCertificateCompletesAHandshake() throws Exception {
        TlsSetup.apply(on("ec.crt", "ec-sec1.key"), server, server, NOW);
        String dropin = Files.readString(server.resolve(TlsSetup.DROPIN));
        String password = variable(dropin, "colonies.tls.keystore.password");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(server.resolve(TlsSetup.KEYSTORE), password), password.toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", PemFiles.certificates(PemFilesTest.pem("ec.crt"), "C").get(0));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listener.accept(); InputStream in = accepted.getInputStream()) {
                    return in.read();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
                    .createSocket(listener.getInetAddress(), listener.getLocalPort());
                 OutputStream out = client.getOutputStream()) {
                out.write(42);
                out.flush();
                assertEquals(42, served.get(10, TimeUnit.SECONDS));
                assertEquals("CN=localhost", ((java.security.cert.X509Certificate) client.getSession()
                        .getPeerCertificates()[0]).getSubjectX500Principal().getName());
            }
        }
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        for (Map<String, String> env : java.util.List.of(on("rsa.crt", "leaf.key"), on("rsa.crt", "ec-pkcs8.key"),
                on("ec.crt", "ed25519.key"))) {
            TlsConfigException e = assertThrows(TlsConfigException.class,
                    () -> TlsSetup.apply(env, server, server, NOW));
            assertTrue(e.getMessage().startsWith("the private key of COLONIES_TLSKEY does not belong to the first"
                    + " certificate of COLONIES_TLSCERT"), e.getMessage());
        }
        assertFalse(Files.exists(server.resolve(TlsSetup.DROPIN)), "nothing written for a refused setting");
    }

    @Test
    void theUnderscoreNamesWorkToo() throws Exception {
        Map<String, String> env = Map.of("COLONIES_TLS", "TRUE",
                "COLONIES_TLS_CERT", PemFilesTest.pem("ed25519.crt").toString(),
                "COLONIES_TLS_KEY", PemFilesTest.pem("ed25519.key").toString());
        assertTrue(TlsSetup.apply(env, server, server, NOW).contains("CN=ed"));
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        assertEquals("COLONIES_TLS must be true or false, was 'yes'", message(Map.of("COLONIES_TLS", "yes")));
        assertEquals("COLONIES_TLS=true needs COLONIES_TLSCERT, the PEM certificate (chain) file",
                message(Map.of("COLONIES_TLS", "true")));
        assertEquals("COLONIES_TLS=true needs COLONIES_TLSKEY, the PEM private key file",
                message(Map.of("COLONIES_TLS", "true", "COLONIES_TLSCERT", "x.pem")));
        assertTrue(message(on("rsa.crt", "missing.key")).matches("COLONIES_TLSKEY: .*missing.key does not exist"));
    }

    @Test
    void anExpiredCertificateStillServesButIsFlagged() throws Exception {
        String line = TlsSetup.apply(on("rsa.crt", "rsa-pkcs8.key"), server, server, Instant.parse("2200-01-01T00:00:00Z"));
        assertTrue(line.contains("WARNING: the certificate has expired"), line);
    }

    private String message(Map<String, String> env) {
        return assertThrows(TlsConfigException.class, () -> TlsSetup.apply(env, server, server, NOW)).getMessage();
    }

    private static Map<String, String> on(String cert, String key) {
        return Map.of("COLONIES_TLS", "true", "COLONIES_TLSCERT", PemFilesTest.pem(cert).toString(),
                "COLONIES_TLSKEY", PemFilesTest.pem(key).toString());
    }

    private static String variable(String dropin, String name) {
        Matcher m = Pattern.compile("<variable name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"/>").matcher(dropin);
        assertTrue(m.find(), name + " in " + dropin);
        return m.group(1);
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
