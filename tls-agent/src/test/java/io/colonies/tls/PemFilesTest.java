package io.colonies.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFilesTest {
    @TempDir
    Path temp;

    static Path pem(String name) {
        return Path.of("src/test/resources/pem", name);
    }

    @Test
    void readsEveryKeyFormatTheReferenceAccepts() throws Exception {
        assertEquals("RSA", key("rsa-pkcs8.key").getAlgorithm());
        assertEquals("RSA", key("rsa-pkcs1.key").getAlgorithm());
        assertEquals("EC", key("ec-sec1.key").getAlgorithm());
        assertEquals("EC", key("ec-pkcs8.key").getAlgorithm());
        assertEquals("EdDSA", key("ed25519.key").getAlgorithm());
    }

    @Test
    void theWrappedFormsAreTheSameKeysAsTheirPkcs8Forms() throws Exception {
        assertEquals(key("rsa-pkcs8.key"), key("rsa-pkcs1.key"));
        // The SEC1 form carries the public key too, which PKCS#8 from openssl pkey also keeps: compare the scalar.
        assertEquals(((java.security.interfaces.ECPrivateKey) key("ec-pkcs8.key")).getS(),
                ((java.security.interfaces.ECPrivateKey) key("ec-sec1.key")).getS());
    }

    @Test
    void readsAChainInFileOrder() throws Exception {
        List<X509Certificate> chain = PemFiles.certificates(pem("leaf-chain.crt"), "CERT");
        assertEquals(2, chain.size());
        assertEquals("CN=leaf", chain.get(0).getSubjectX500Principal().getName());
        assertEquals("CN=Test-CA", chain.get(1).getSubjectX500Principal().getName());
    }

    @Test
    void aKeyAndItsCertificateMayShareOneFile() throws Exception {
        Path both = temp.resolve("both.pem");
        Files.writeString(both, Files.readString(pem("ec.crt")) + Files.readString(pem("ec-sec1.key")));
        assertEquals(1, PemFiles.certificates(both, "CERT").size());
        assertEquals("EC", PemFiles.privateKey(both, "KEY").getAlgorithm());
    }

    @Test
    void encryptedKeysAreRefusedWithAHint() {
        for (String name : List.of("encrypted.key", "encrypted-pkcs1.key")) {
            TlsConfigException e = assertThrows(TlsConfigException.class, () -> key(name));
            assertTrue(e.getMessage().contains("encrypted private key") && e.getMessage().contains("openssl pkey"),
                    e.getMessage());
        }
    }

    @Test
    void aMissingFileIsNamed() {
        TlsConfigException e = assertThrows(TlsConfigException.class,
                () -> PemFiles.privateKey(temp.resolve("nothing.pem"), "COLONIES_TLSKEY"));
        assertTrue(e.getMessage().startsWith("COLONIES_TLSKEY: ") && e.getMessage().endsWith("nothing.pem does not exist"),
                e.getMessage());
    }

    @Test
    void aDirectoryIsNotAFile() {
        TlsConfigException e = assertThrows(TlsConfigException.class, () -> PemFiles.certificates(temp, "CERT"));
        assertTrue(e.getMessage().contains("is not a readable file"), e.getMessage());
    }

    @Test
    void aKeyFileIsNotACertificateAndTheOtherWayRound() {
        TlsConfigException noCert = assertThrows(TlsConfigException.class,
                () -> PemFiles.certificates(pem("rsa-pkcs8.key"), "CERT"));
        assertTrue(noCert.getMessage().contains("holds no PEM certificate"), noCert.getMessage());
        TlsConfigException noKey = assertThrows(TlsConfigException.class, () -> key("rsa.crt"));
        assertTrue(noKey.getMessage().contains("holds no PEM private key"), noKey.getMessage());
    }

    @Test
    void damagedContentIsReportedNotThrown() throws Exception {
        Path bad = temp.resolve("bad.pem");
        Files.writeString(bad, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertTrue(assertThrows(TlsConfigException.class, () -> PemFiles.privateKey(bad, "KEY"))
                .getMessage().contains("cannot read"));
        Files.writeString(bad, "-----BEGIN EC PRIVATE KEY-----\nMAMCAQE=\n-----END EC PRIVATE KEY-----\n");
        assertTrue(assertThrows(TlsConfigException.class, () -> PemFiles.privateKey(bad, "KEY"))
                .getMessage().contains("without a named curve"));
        Files.writeString(bad, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        assertTrue(assertThrows(TlsConfigException.class, () -> PemFiles.certificates(bad, "CERT"))
                .getMessage().contains("holds a certificate that cannot be read"));
    }

    private static PrivateKey key(String name) throws TlsConfigException {
        return PemFiles.privateKey(pem(name), "KEY");
    }
}
