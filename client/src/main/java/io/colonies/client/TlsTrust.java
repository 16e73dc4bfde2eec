package io.colonies.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context of the transports: the JVM's default, or one trusting exactly the PEM file of COLONIES_TLS_CA. */
final class TlsTrust {
    private TlsTrust() {
    }

    /** @throws IllegalArgumentException when the CA file cannot be used, naming the file and why */
    static SSLContext context(ClientConfig config) {
        try {
            if (!config.tls() || config.caFile() == null) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted(config.caFile()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("COLONIES_TLS_CA: cannot trust " + config.caFile() + ": " + e.getMessage(),
                    e);
        }
    }

    private static KeyStore trusted(Path file) throws GeneralSecurityException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("COLONIES_TLS_CA: " + file.toAbsolutePath()
                    + (Files.exists(file) ? " is not a readable file" : " does not exist"));
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("COLONIES_TLS_CA: " + file.toAbsolutePath()
                    + " holds no readable PEM certificate: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("COLONIES_TLS_CA: " + file.toAbsolutePath() + " holds no PEM certificate");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("trusted-" + i++, certificate);
        }
        return store;
    }
}
