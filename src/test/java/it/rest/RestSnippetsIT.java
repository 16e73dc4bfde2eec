package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import it.support.Arquillian;
import it.support.Keys;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The signed-request programs of docs/rest.md (Python, JavaScript, curl), taken out of the markdown as
 * they stand and run against replica A: a GET signed with the protocol vectors' server owner key, a POST
 * whose body is signed, and a GET with a query signed by the new colony's key. Each answer must be the
 * one the signer's role gets; a wrong signature would recover another identity and fail every check.
 */
@ExtendWith(ArquillianExtension.class)
class RestSnippetsIT {
    /** {@code <!-- snippet: NAME -->} right before a fenced block marks the block as the program NAME. */
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+) -->\\n```\\w+\\n(.*?)\\n```\\n", Pattern.DOTALL);
    private static final String PYTHON = "/usr/bin/python3";
    private static final long RUN_SECONDS = 60;

    /** The worked vector of docs/security.md (also in RestSignatureTest). */
    private static final String VECTOR_KEY = "ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514";
    private static final String VECTOR_CANONICAL = String.join("\n", "POST",
            "/v1/colonies/4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4/processes",
            "1767225600", "5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5",
            "f57813f4bd8c364026f8f005ad1076c5569992ef5200acf7ae2dfb9cd22e8088");
    private static final String VECTOR_SIGNATURE = "989da310b78d6ab9da3dd3618e6a42728e4ea86f31790193f17ee52f13e5bbe4"
            + "11e4eef172047d5ffb299d76f84e255e3e53f500549bd2d97af18bf0ee39ee1300";

    private static Path dir;
    private final RestClient rest = RestClient.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    /** How each program is started; curl's signer is the Python program beside it. */
    enum Snippet {
        PYTHON_URLLIB("colonies_rest.py", PYTHON),
        JAVASCRIPT_FETCH("colonies-rest.mjs", "node"),
        CURL("colonies-curl.sh", "bash");

        final String file;
        final String interpreter;

        Snippet(String file, String interpreter) {
            this.file = file;
            this.interpreter = interpreter;
        }
    }

    @BeforeAll
    static void extractSnippets() throws IOException {
        Path root = Path.of(System.getProperty("colonies.repository.root", "..")).toAbsolutePath().normalize();
        String markdown = Files.readString(root.resolve("docs/rest.md"));
        dir = Files.createTempDirectory("colonies-rest-snippets");
        Matcher m = SNIPPET.matcher(markdown);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            Files.writeString(dir.resolve(m.group(1)), m.group(2) + "\n");
            found.add(m.group(1));
        }
        for (Snippet snippet : Snippet.values()) {
            assertTrue(found.contains(snippet.file), "docs/rest.md has no snippet " + snippet.file + ": " + found);
        }
        Path modules = root.resolve("docs/snippets/node_modules");
        assertTrue(Files.isDirectory(modules.resolve("@noble/secp256k1")),
                "run npm ci in docs/snippets (the liberty build does so before the integration tests)");
        // Node resolves the packages from the program's folder upwards.
        Files.createSymbolicLink(dir.resolve("node_modules"), modules);
        assertEquals(0, run(List.of(PYTHON, "-c", "import ecdsa"), Map.of()).exit,
                "Debian's python3-ecdsa is missing; run scripts/ensure-python-ecdsa.sh");
        // The programs sign with the real clock; the server must be within the skew of it.
        long drift = RestClient.replicaA().serverNowSeconds() - System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(drift) < 60, "replica A's test clock is " + drift + " s off the real one");
    }

    @AfterAll
    static void removeSnippets() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) { // does not follow the node_modules link
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Snippet.class)
    void theServerOwnerIsRecognised(Snippet snippet) {
        Answer answer = request(snippet, Keys.SERVER, "GET", "/v1/whoami");
        assertEquals(200, answer.status, answer.toString());
        JsonObject me = answer.json();
        assertEquals(Keys.SERVER.id(), me.getString("id"), "the signature must recover the signer's identity");
        assertTrue(me.getBoolean("serverOwner"));
    }

    @ParameterizedTest
    @EnumSource(Snippet.class)
    void aSignedBodyAndASignedQueryAreAccepted(Snippet snippet) {
        PrivateKey colony = PrivateKey.generate();
        String name = "snippet-" + snippet.name().toLowerCase();
        String body = "{\"colonyid\":\"" + colony.id() + "\",\"name\":\"" + name + "\"}";
        String path = "/v1/colonies/" + colony.id();
        try {
            Answer created = request(snippet, Keys.SERVER, "POST", "/v1/colonies", body);
            assertEquals(201, created.status, created.toString());
            assertEquals(colony.id(), created.json().getString("colonyid"));
            RestResponse all = rest.get("/v1/colonies", Keys.SERVER);
            assertEquals(200, all.status(), all.toString());
            assertTrue(all.body().contains("\"" + name + "\""), "the colony was stored: " + all.body());

            Answer page = request(snippet, colony, "GET", path + "/processes?state=waiting&limit=5");
            assertEquals(200, page.status, page.toString());
            assertTrue(page.json().getJsonArray("items").isEmpty(), page.toString());
        } finally {
            rest.delete(path, Keys.SERVER);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Snippet.class, names = {"PYTHON_URLLIB", "JAVASCRIPT_FETCH"})
    void signReproducesTheWorkedVector(Snippet snippet) {
        List<String> command = snippet == Snippet.PYTHON_URLLIB
                ? List.of(PYTHON, "-c", "import os, sys; sys.path.insert(0, os.environ['DIR']);"
                        + " from colonies_rest import sign; print(sign(os.environ['TEXT'], os.environ['KEY']))")
                : List.of("node", "--input-type=module", "-e", "const { sign } = await import(process.env.PROGRAM);"
                        + " console.log(sign(process.env.TEXT, process.env.KEY));");
        Output out = run(command, Map.of("DIR", dir.toString(), "PROGRAM", dir.resolve(snippet.file).toUri().toString(),
                "TEXT", VECTOR_CANONICAL, "KEY", VECTOR_KEY));
        assertEquals(0, out.exit, out.toString());
        assertEquals(VECTOR_SIGNATURE, out.stdout.strip());
    }

    @Test
    void aSignatureWithOneByteChangedIsRefused() {
        Output printed = run(List.of(PYTHON, dir.resolve("colonies_rest.py").toString(), "--headers", "GET",
                "/v1/colonies"), Map.of("COLONIES_PRVKEY", Keys.SERVER.hex()));
        assertEquals(0, printed.exit, printed.toString());
        Map<String, String> headers = new HashMap<>();
        printed.stdout.lines().map(line -> line.split(": ", 2)).forEach(h -> headers.put(h[0], h[1]));
        RestSignature.Headers genuine = new RestSignature.Headers(headers.get(RestSignature.SIGNATURE_HEADER),
                headers.get(RestSignature.TIMESTAMP_HEADER), headers.get(RestSignature.NONCE_HEADER));
        String signature = genuine.signature();
        String flipped = String.format("%02x", Integer.parseInt(signature.substring(40, 42), 16) ^ 0x01);
        RestSignature.Headers corrupted = new RestSignature.Headers(
                signature.substring(0, 40) + flipped + signature.substring(42), genuine.timestamp(), genuine.nonce());

        RestResponse refused = rest.sendSigned("GET", "/v1/colonies", null, corrupted);
        assertTrue(refused.status() == 401 || refused.status() == 403, refused.toString());
        RestResponse accepted = rest.sendSigned("GET", "/v1/colonies", null, genuine);
        assertEquals(200, accepted.status(), "the printed headers themselves are valid: " + accepted);
        assertEquals(401, rest.sendSigned("GET", "/v1/colonies", null, genuine).status(), "a replay is refused");
    }

    private static Answer request(Snippet snippet, PrivateKey key, String... methodTargetBody) {
        URI server = URI.create(Rpc.replicaA().baseUrl());
        List<String> command = new ArrayList<>(List.of(snippet.interpreter, dir.resolve(snippet.file).toString()));
        command.addAll(List.of(methodTargetBody));
        Output out = run(command, Map.of("COLONIES_PRVKEY", key.hex(), "COLONIES_SERVER_HOST", server.getHost(),
                "COLONIES_SERVER_PORT", Integer.toString(server.getPort()), "PYTHON", PYTHON));
        assertEquals(0, out.exit, out.toString());
        String text = out.stdout.stripTrailing();
        int lastLine = text.lastIndexOf('\n');
        assertTrue(lastLine >= 0, out.toString());
        return new Answer(Integer.parseInt(text.substring(lastLine + 1).strip()), text.substring(0, lastLine));
    }

    private static Output run(List<String> command, Map<String, String> environment) {
        try {
            Path stdout = Files.createTempFile(dir, "out", ".txt");
            Path stderr = Files.createTempFile(dir, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            java.lang.Process process = builder.start();
            if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within " + RUN_SECONDS + " s");
            }
            return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Output(int exit, String stdout, String stderr) {
    }

    private record Answer(int status, String body) {
        JsonObject json() {
            assertNotEquals("", body, "no body");
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
