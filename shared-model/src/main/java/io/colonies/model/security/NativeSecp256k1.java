package io.colonies.model.security;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Public-key recovery through Bitcoin Core's libsecp256k1 (the JNI build in
 * {@code fr.acinq.secp256k1:secp256k1-kmp-jni-jvm}), about three times faster than Bouncy Castle.
 * Loaded once; where the native library cannot load, or {@value #SWITCH} is {@code false}, it reports
 * itself unavailable and Bouncy Castle does all the work.
 */
public final class NativeSecp256k1 {
    /** System property or environment variable; {@code false} forces the Bouncy Castle path. */
    public static final String SWITCH = "COLONIES_NATIVE_SECP256K1";
    private static final Logger LOG = Logger.getLogger(NativeSecp256k1.class.getName());
    private static final fr.acinq.secp256k1.Secp256k1 LIBRARY = load();

    private NativeSecp256k1() {
    }

    public static boolean available() {
        return LIBRARY != null;
    }

    /** The 65-byte uncompressed key that signed {@code hash}, or null when libsecp256k1 refuses. */
    static byte[] recover(byte[] compactSignature, byte[] hash, int recoveryId) {
        try {
            byte[] key = LIBRARY.ecdsaRecover(compactSignature, hash, recoveryId);
            return key != null && key.length == 65 && key[0] == 4 ? key : null;
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private static fr.acinq.secp256k1.Secp256k1 load() {
        String setting = System.getProperty(SWITCH, System.getenv(SWITCH));
        if ("false".equalsIgnoreCase(setting)) {
            LOG.info("Signature recovery uses Bouncy Castle (" + SWITCH + "=false)");
            return null;
        }
        try {
            fr.acinq.secp256k1.Secp256k1 library = fr.acinq.secp256k1.Secp256k1.get();
            LOG.fine("Signature recovery uses the native libsecp256k1");
            return library;
        } catch (Throwable unavailable) { // UnsatisfiedLinkError, NoClassDefFoundError, unsupported platform
            LOG.log(Level.WARNING, "Native libsecp256k1 unavailable, using Bouncy Castle: " + unavailable);
            return null;
        }
    }
}
