package io.colonies.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the reference server takes: a PEM certificate chain and an unencrypted PEM private key,
 * as PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}).
 * The JDK reads PKCS#8 only; the other two are wrapped into PKCS#8 first.
 */
public final class PemFiles {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with its NULL parameters. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    /** The OID id-ecPublicKey (1.2.840.10045.2.1), tag and length included. */
    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02,
        0x01};
    private static final String[] PKCS8_ALGORITHMS = {"RSA", "EC", "EdDSA", "RSASSA-PSS"};

    private PemFiles() {
    }

    record Block(String label, String headers, byte[] der) {
    }

    /** Every certificate of the file, in file order: the server's first, then its issuers. */
    public static List<X509Certificate> certificates(Path file, String variable) throws TlsConfigException {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Block block : blocks(file, variable)) {
                if (block.label().equals("CERTIFICATE")) {
                    chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new TlsConfigException(variable + ": " + file + " holds a certificate that cannot be read: "
                    + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new TlsConfigException(variable + ": " + file
                    + " holds no PEM certificate (a block -----BEGIN CERTIFICATE-----)");
        }
        return chain;
    }

    /** The first private key of the file. */
    public static PrivateKey privateKey(Path file, String variable) throws TlsConfigException {
        for (Block block : blocks(file, variable)) {
            switch (block.label()) {
                case "PRIVATE KEY":
                    return pkcs8(block.der(), file, variable);
                case "RSA PRIVATE KEY":
                    refuseEncrypted(block, file, variable);
                    return pkcs8(wrap(0x30, concat(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM,
                            wrap(0x04, block.der()))), file, variable);
                case "EC PRIVATE KEY":
                    refuseEncrypted(block, file, variable);
                    return pkcs8(ecToPkcs8(block.der(), file, variable), file, variable);
                case "ENCRYPTED PRIVATE KEY":
                    throw new TlsConfigException(variable + ": " + file + " holds an encrypted private key;"
                            + " give the key unencrypted (for example: openssl pkey -in key.pem -out plain.pem)");
                default:
                    // certificates or EC PARAMETERS before the key: skip
            }
        }
        throw new TlsConfigException(variable + ": " + file + " holds no PEM private key (a block -----BEGIN"
                + " PRIVATE KEY-----, -----BEGIN RSA PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY-----)");
    }

    static List<Block> blocks(Path file, String variable) throws TlsConfigException {
        String text = read(file, variable);
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            String headers = "";
            int blank = body.indexOf("\n\n");
            if (body.contains(":") && blank >= 0) { // RFC 1421 headers such as Proc-Type: 4,ENCRYPTED
                headers = body.substring(0, blank);
                body = body.substring(blank);
            }
            try {
                blocks.add(new Block(m.group(1), headers, Base64.getMimeDecoder().decode(body.strip())));
            } catch (IllegalArgumentException e) {
                throw new TlsConfigException(variable + ": " + file + " has a " + m.group(1)
                        + " block that is not valid base64");
            }
        }
        return blocks;
    }

    private static String read(Path file, String variable) throws TlsConfigException {
        if (!Files.exists(file)) {
            throw new TlsConfigException(variable + ": " + file.toAbsolutePath() + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TlsConfigException(variable + ": " + file.toAbsolutePath()
                    + " is not a readable file (check its permissions for the user running the server)");
        }
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new TlsConfigException(variable + ": cannot read " + file.toAbsolutePath() + ": " + e.getMessage(),
                    e);
        }
    }

    private static void refuseEncrypted(Block block, Path file, String variable) throws TlsConfigException {
        if (block.headers().contains("ENCRYPTED")) {
            throw new TlsConfigException(variable + ": " + file + " holds an encrypted private key;"
                    + " give the key unencrypted (for example: openssl pkey -in key.pem -out plain.pem)");
        }
    }

    private static PrivateKey pkcs8(byte[] der, Path file, String variable) throws TlsConfigException {
        for (String algorithm : PKCS8_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException tryTheNext) {
                // not a key of this algorithm
            }
        }
        throw new TlsConfigException(variable + ": " + file
                + " holds a private key this JVM cannot read (not RSA, EC or EdDSA, or damaged)");
    }

    /**
     * SEC1 ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] parameters, [1] publicKey }:
     * PKCS#8 wants the named curve of [0] in its AlgorithmIdentifier.
     */
    private static byte[] ecToPkcs8(byte[] sec1, Path file, String variable) throws TlsConfigException {
        byte[] curve = null;
        try {
            Der sequence = Der.read(sec1, 0);
            for (int at = sequence.contentStart(); at < sequence.end(); ) {
                Der element = Der.read(sec1, at);
                if (element.tag() == 0xa0) {
                    Der parameters = Der.read(sec1, element.contentStart());
                    if (parameters.tag() == 0x06) {
                        curve = parameters.bytes(sec1);
                    }
                }
                at = element.end();
            }
        } catch (IndexOutOfBoundsException e) {
            throw new TlsConfigException(variable + ": " + file + " has a damaged EC PRIVATE KEY block");
        }
        if (curve == null) {
            throw new TlsConfigException(variable + ": " + file
                    + " has an EC PRIVATE KEY without a named curve; convert it to PKCS#8 (openssl pkey)");
        }
        return wrap(0x30, concat(new byte[] {0x02, 0x01, 0x00}, wrap(0x30, concat(EC_PUBLIC_KEY_OID, curve)),
                wrap(0x04, sec1)));
    }

    static byte[] wrap(int tag, byte[] content) {
        int n = content.length;
        byte[] length;
        if (n < 0x80) {
            length = new byte[] {(byte) n};
        } else if (n < 0x100) {
            length = new byte[] {(byte) 0x81, (byte) n};
        } else if (n < 0x10000) {
            length = new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        } else {
            length = new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        }
        return concat(new byte[] {(byte) tag}, length, content);
    }

    static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** One DER element: where it starts, where its content starts and where it ends. */
    record Der(int start, int tag, int contentStart, int end) {
        static Der read(byte[] der, int at) {
            int tag = der[at] & 0xff;
            int first = der[at + 1] & 0xff;
            int length;
            int content;
            if (first < 0x80) {
                length = first;
                content = at + 2;
            } else {
                int count = first & 0x7f;
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (der[at + 2 + i] & 0xff);
                }
                content = at + 2 + count;
            }
            if (content + length > der.length) {
                throw new IndexOutOfBoundsException("element longer than its input");
            }
            return new Der(at, tag, content, content + length);
        }

        byte[] bytes(byte[] der) {
            byte[] copy = new byte[end - start];
            System.arraycopy(der, start, copy, 0, copy.length);
            return copy;
        }
    }
}
