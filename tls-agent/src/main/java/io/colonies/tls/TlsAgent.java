package io.colonies.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs in the Liberty JVM before Liberty itself ({@code -javaagent} in the server's jvm.options), so the
 * keystore and the HTTPS drop-in are in place when Liberty reads its configuration. A TLS setting that
 * cannot work stops the JVM with exit code {@value #EXIT_CONFIG} and one line saying why, instead of a
 * server that starts without the HTTPS port.
 */
public final class TlsAgent {
    /** EX_CONFIG of sysexits.h: a configuration error. */
    static final int EXIT_CONFIG = 78;

    private TlsAgent() {
    }

    public static void premain(String args) {
        // Liberty starts the JVM in the server's output directory, which is usr/servers/<name> unless
        // WLP_OUTPUT_DIR moves it; the configuration directory is always WLP_USER_DIR/servers/<name>.
        Path outputDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path configDir = outputDir;
        String userDir = System.getenv("WLP_USER_DIR");
        if (userDir != null && !userDir.isBlank()) {
            Path candidate = Path.of(userDir, "servers", outputDir.getFileName().toString());
            if (Files.isDirectory(candidate)) {
                configDir = candidate;
            }
        }
        try {
            String done = TlsSetup.apply(System.getenv(), configDir, outputDir, Instant.now());
            if (done != null) {
                System.out.println(done);
            }
        } catch (TlsConfigException e) {
            System.err.println("Colonies TLS: the server cannot start: " + e.getMessage());
            System.err.flush();
            System.exit(EXIT_CONFIG);
        } catch (RuntimeException e) {
            System.err.println("Colonies TLS: the server cannot start: " + e);
            System.err.flush();
            System.exit(EXIT_CONFIG);
        }
    }
}
