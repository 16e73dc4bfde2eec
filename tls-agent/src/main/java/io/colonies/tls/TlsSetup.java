package io.colonies.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Prepares a Liberty server for its start: with TLS on, writes the PKCS#12 keystore made from the PEM
 * files and a configuration drop-in that switches the HTTP endpoint to HTTPS; with TLS off, removes
 * both, so the server is plain HTTP again. Liberty notices a drop-in that appears or disappears, which
 * it would not for an include whose location changes with a variable (it reuses its cached
 * configuration when no file it read has changed).
 */
public final class TlsSetup {
    /** Relative to the server's configuration directory. */
    public static final String DROPIN = "configDropins/overrides/colonies-tls.xml";
    /** Relative to the server's output directory, beside Liberty's own keystores. */
    public static final String KEYSTORE = "resources/security/colonies-tls.p12";
    static final String ALIAS = "colonies";

    private TlsSetup() {
    }

    /**
     * @return one line for the console saying what was done, or null when TLS is off
     * @throws TlsConfigException when TLS is on and the files cannot serve
     */
    public static String apply(Map<String, String> env, Path configDir, Path outputDir, Instant now)
            throws TlsConfigException {
        TlsSettings settings = TlsSettings.fromEnv(env);
        Path dropin = configDir.resolve(DROPIN);
        Path keystore = outputDir.resolve(KEYSTORE);
        if (!settings.enabled()) {
            deleteIfPresent(dropin);
            deleteIfPresent(keystore);
            return null;
        }
        List<X509Certificate> chain = PemFiles.certificates(settings.certificate(), TlsSettings.CERT);
        PrivateKey key = PemFiles.privateKey(settings.key(), TlsSettings.KEY);
        requireMatch(key, chain.get(0).getPublicKey());
        String password = randomPassword();
        writeKeystore(keystore, key, chain, password);
        writePrivately(dropin, dropinXml(keystore, password).getBytes(StandardCharsets.UTF_8));
        X509Certificate leaf = chain.get(0);
        String line = "Colonies TLS: HTTPS with the certificate of " + leaf.getSubjectX500Principal().getName()
                + " (" + chain.size() + " in the chain, valid until " + leaf.getNotAfter().toInstant() + ")";
        if (leaf.getNotAfter().toInstant().isBefore(now)) {
            line += "; WARNING: the certificate has expired, clients will refuse it";
        } else if (leaf.getNotBefore().toInstant().isAfter(now)) {
            line += "; WARNING: the certificate is not valid yet, clients will refuse it";
        }
        return line;
    }

    /** The private key must be the one of the first certificate, or every handshake would fail. */
    static void requireMatch(PrivateKey key, PublicKey certified) throws TlsConfigException {
        boolean matches;
        if (key instanceof RSAKey rsa && certified instanceof RSAKey rsaPublic) {
            matches = rsa.getModulus().equals(rsaPublic.getModulus());
        } else if (!key.getAlgorithm().equals(certified.getAlgorithm())) {
            matches = false;
        } else {
            matches = signsFor(key, certified);
        }
        if (!matches) {
            throw new TlsConfigException("the private key of " + TlsSettings.KEY + " does not belong to the first"
                    + " certificate of " + TlsSettings.CERT + " (" + key.getAlgorithm() + " key, "
                    + certified.getAlgorithm() + " certificate)");
        }
    }

    private static boolean signsFor(PrivateKey key, PublicKey certified) throws TlsConfigException {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : key.getAlgorithm();
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException("cannot check that the key of " + TlsSettings.KEY + " belongs to the"
                    + " certificate of " + TlsSettings.CERT + ": " + e.getMessage(), e);
        }
    }

    private static void writeKeystore(Path file, PrivateKey key, List<X509Certificate> chain, String password)
            throws TlsConfigException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password.toCharArray(), chain.toArray(new X509Certificate[0]));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            store.store(bytes, password.toCharArray());
            writePrivately(file, bytes.toByteArray());
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsConfigException("cannot write the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    static String dropinXml(Path keystore, String password) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written at each start by the Colonies TLS agent because COLONIES_TLS=true; removed when it
                     is not. The keystore is made from COLONIES_TLSCERT and COLONIES_TLSKEY; its password is
                     new at each start. The TLS settings themselves are in colonies-tls.xml. -->
                <server>
                  <variable name="colonies.tls.keystore" value="%s"/>
                  <variable name="colonies.tls.keystore.password" value="%s"/>
                  <include location="${shared.config.dir}/colonies-tls.xml"/>
                </server>
                """.formatted(xml(keystore.toAbsolutePath().toString()), password);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Owner-only, like the PEM key it copies, and never half-written. */
    private static void writePrivately(Path file, byte[] content) throws TlsConfigException {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(content);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TlsConfigException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteIfPresent(Path file) throws TlsConfigException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new TlsConfigException("cannot remove " + file + " (left from a start with TLS): " + e.getMessage(),
                    e);
        }
    }
}
